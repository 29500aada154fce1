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
        public DbSet<RegionTemplate> RegionTemplates => db.Set<RegionTemplate>();
        public DbSet<RegionTemplateDecline> RegionTemplateDeclines => db.Set<RegionTemplateDecline>();
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

internal sealed class RegionTemplateConfiguration : IEntityTypeConfiguration<RegionTemplate>
{
    public void Configure(EntityTypeBuilder<RegionTemplate> b)
    {
        b.ToTable("RegionTemplates");
        b.Property(x => x.Key).HasMaxLength(RegionTemplate.KeyMaxLength).IsRequired();
        b.Property(x => x.Title).HasMaxLength(Circulair.Library.Sharing.SharedLibraryItem.TitleMaxLength).IsRequired();
        b.Property(x => x.DomainCode).HasMaxLength(60);
        b.Property(x => x.RStrategyCode).HasMaxLength(3);
        b.Property(x => x.Content).HasMaxLength(Circulair.Library.Sharing.SharedLibraryItem.ContentMaxLength).IsRequired();
        b.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
        b.HasIndex(x => x.Key);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(x => x.Fields);
        b.Ignore(x => x.Snapshot);
        b.Ignore(x => x.Summary);
    }
}

internal sealed class RegionTemplateDeclineConfiguration : IEntityTypeConfiguration<RegionTemplateDecline>
{
    public void Configure(EntityTypeBuilder<RegionTemplateDecline> b)
    {
        b.ToTable("RegionTemplateDeclines");
        b.HasIndex(x => new { x.OrganisationId, x.RegionTemplateId }).IsUnique();
        b.HasIndex(x => x.RegionTemplateId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<RegionTemplate>().WithMany().HasForeignKey(x => x.RegionTemplateId).OnDelete(DeleteBehavior.Cascade);
    }
}
