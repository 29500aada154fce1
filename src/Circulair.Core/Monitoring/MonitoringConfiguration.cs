using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Monitoring;

/// <summary>The monitoring tables, reached as db.Indicators etc. without widening the DbContext class itself.</summary>
public static class MonitoringSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<Indicator> Indicators => db.Set<Indicator>();
        public DbSet<IndicatorTarget> IndicatorTargets => db.Set<IndicatorTarget>();
        public DbSet<Measurement> Measurements => db.Set<Measurement>();
        public DbSet<IndicatorGoalLink> IndicatorGoalLinks => db.Set<IndicatorGoalLink>();
        public DbSet<IndicatorActionLink> IndicatorActionLinks => db.Set<IndicatorActionLink>();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("Indicators");
        b.Property(i => i.Name).HasMaxLength(Indicator.NameMaxLength).IsRequired();
        b.Property(i => i.Definition).HasMaxLength(Indicator.DefinitionMaxLength);
        b.Property(i => i.Unit).HasMaxLength(Indicator.UnitMaxLength).IsRequired();
        b.Property(i => i.Owner).HasMaxLength(Indicator.OwnerMaxLength);
        b.Property(i => i.Source).HasMaxLength(Indicator.SourceMaxLength);
        b.Property(i => i.StandardCode).HasMaxLength(Indicator.StandardCodeMaxLength);
        // An organisation adopts each indicator of the standard set at most once: the code is the shared identity.
        b.HasIndex(i => new { i.OrganisationId, i.StandardCode }).IsUnique();
        // Likewise a definition pushed by a region (decision 0350).
        b.Property(i => i.RegionKey).HasMaxLength(Indicator.RegionKeyMaxLength);
        b.HasIndex(i => new { i.OrganisationId, i.RegionKey }).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Targets).WithOne().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(i => i.Targets).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(i => i.Details);
        b.Ignore(i => i.Path);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> b)
    {
        b.ToTable("IndicatorTargets");
        b.HasIndex(t => new { t.IndicatorId, t.Year }).IsUnique();
        b.HasIndex(t => t.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasurementConfiguration : IEntityTypeConfiguration<Measurement>
{
    public void Configure(EntityTypeBuilder<Measurement> b)
    {
        b.ToTable("Measurements");
        b.Property(m => m.Source).HasMaxLength(Measurement.SourceMaxLength);
        b.Property(m => m.Note).HasMaxLength(Measurement.NoteMaxLength);
        b.Property(m => m.EnteredByName).HasMaxLength(Measurement.EnteredByMaxLength);
        b.HasIndex(m => new { m.IndicatorId, m.Year }).IsUnique();
        b.HasIndex(m => m.OrganisationId);
        b.HasIndex(m => m.ScanDatasetId);
        b.HasOne(m => m.Indicator).WithMany().HasForeignKey(m => m.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Organisation>().WithMany().HasForeignKey(m => m.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(m => m.EnteredByUserId).OnDelete(DeleteBehavior.SetNull);
        // Removing a dataset keeps the values it gave; they only stop following it.
        b.HasOne<ScanDataset>().WithMany().HasForeignKey(m => m.ScanDatasetId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(m => m.OwnerLinkId);
        b.HasOne<Circulair.FollowUp.Owners.OwnerLink>().WithMany().HasForeignKey(m => m.OwnerLinkId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class IndicatorGoalLinkConfiguration : IEntityTypeConfiguration<IndicatorGoalLink>
{
    public void Configure(EntityTypeBuilder<IndicatorGoalLink> b)
    {
        b.ToTable("IndicatorGoalLinks");
        b.HasIndex(l => new { l.IndicatorId, l.StrategyGoalId }).IsUnique();
        b.HasIndex(l => l.StrategyGoalId);
        b.HasIndex(l => l.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyGoal>().WithMany().HasForeignKey(l => l.StrategyGoalId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorActionLinkConfiguration : IEntityTypeConfiguration<IndicatorActionLink>
{
    public void Configure(EntityTypeBuilder<IndicatorActionLink> b)
    {
        b.ToTable("IndicatorActionLinks");
        b.HasIndex(l => new { l.IndicatorId, l.PlannedActionId }).IsUnique();
        b.HasIndex(l => l.PlannedActionId);
        b.HasIndex(l => l.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(l => l.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(l => l.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(l => l.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
    }
}
