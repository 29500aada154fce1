using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Regions;

/// <summary>The region tables, reached as db.RegionMemberships etc.</summary>
public static class RegionSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<RegionMembership> RegionMemberships => db.Set<RegionMembership>();
        public DbSet<RegionShare> RegionShares => db.Set<RegionShare>();
        public DbSet<RegionIndicatorDefinition> RegionIndicatorDefinitions => db.Set<RegionIndicatorDefinition>();
    }
}

internal sealed class RegionMembershipConfiguration : IEntityTypeConfiguration<RegionMembership>
{
    public void Configure(EntityTypeBuilder<RegionMembership> b)
    {
        b.ToTable("RegionMemberships");
        b.HasIndex(m => new { m.OrganisationId, m.Status });
        b.HasIndex(m => new { m.MemberOrganisationId, m.Status });
        // Two paths to the organisations: removing either organisation removes the link (and its history) with it.
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.MemberOrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(m => m.IsActive);
        b.Ignore(m => m.IsOpen);
    }
}

internal sealed class RegionShareConfiguration : IEntityTypeConfiguration<RegionShare>
{
    public void Configure(EntityTypeBuilder<RegionShare> b)
    {
        b.ToTable("RegionShares");
        b.HasIndex(s => new { s.RegionMembershipId, s.IndicatorId }).IsUnique();
        b.HasIndex(s => s.OrganisationId);
        b.HasIndex(s => s.IndicatorId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RegionMembership>().WithMany().HasForeignKey(s => s.RegionMembershipId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(s => s.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RegionIndicatorDefinitionConfiguration : IEntityTypeConfiguration<RegionIndicatorDefinition>
{
    public void Configure(EntityTypeBuilder<RegionIndicatorDefinition> b)
    {
        b.ToTable("RegionIndicatorDefinitions");
        b.Property(d => d.Key).HasMaxLength(RegionIndicatorDefinition.KeyMaxLength).IsRequired();
        b.Property(d => d.Name).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        b.Property(d => d.Definition).HasMaxLength(Indicator.DefinitionMaxLength);
        b.Property(d => d.Unit).HasMaxLength(Indicator.UnitMaxLength).IsRequired();
        b.Property(d => d.Source).HasMaxLength(Indicator.SourceMaxLength);
        b.HasIndex(d => new { d.OrganisationId, d.Key }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(d => d.Details);
    }
}
