using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.FollowUp;

/// <summary>The follow-up tables, reached as db.PoliticalDecisions etc. without widening the DbContext class itself.</summary>
public static class FollowUpSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<PoliticalDecision> PoliticalDecisions => db.Set<PoliticalDecision>();
        public DbSet<AdoptedVersion> AdoptedVersions => db.Set<AdoptedVersion>();
        public DbSet<StrategyVersion> StrategyVersions => db.Set<StrategyVersion>();
        public DbSet<FollowUpSettings> FollowUpSettings => db.Set<FollowUpSettings>();
        public DbSet<ActionStatusSetting> ActionStatusSettings => db.Set<ActionStatusSetting>();
        public DbSet<ProgressUpdate> ProgressUpdates => db.Set<ProgressUpdate>();
    }
}

internal sealed class PoliticalDecisionConfiguration : IEntityTypeConfiguration<PoliticalDecision>
{
    public void Configure(EntityTypeBuilder<PoliticalDecision> b)
    {
        b.ToTable("PoliticalDecisions");
        b.Property(d => d.OtherBody).HasMaxLength(PoliticalDecision.OtherBodyMaxLength);
        b.Property(d => d.Reference).HasMaxLength(PoliticalDecision.ReferenceMaxLength);
        b.Property(d => d.Link).HasMaxLength(PoliticalDecision.LinkMaxLength);
        b.Property(d => d.Note).HasMaxLength(PoliticalDecision.NoteMaxLength);
        b.HasIndex(d => new { d.OrganisationId, d.TrajectoryId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(d => d.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.RecordedByUserId).OnDelete(DeleteBehavior.SetNull);
        b.Ignore(d => d.Ratifies);
    }
}

internal sealed class AdoptedVersionConfiguration : IEntityTypeConfiguration<AdoptedVersion>
{
    public void Configure(EntityTypeBuilder<AdoptedVersion> b)
    {
        b.ToTable("AdoptedVersions");
        b.Property(v => v.SnapshotJson).IsRequired();
        b.Property(v => v.SavedByName).HasMaxLength(200);
        b.HasIndex(v => new { v.TrajectoryId, v.Number }).IsUnique();
        b.HasIndex(v => v.PoliticalDecisionId).IsUnique();
        b.HasIndex(v => v.OrganisationId);
        b.HasOne(v => v.Decision).WithMany().HasForeignKey(v => v.PoliticalDecisionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(v => v.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(v => v.SavedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class FollowUpSettingsConfiguration : IEntityTypeConfiguration<FollowUpSettings>
{
    public void Configure(EntityTypeBuilder<FollowUpSettings> b)
    {
        b.ToTable("FollowUpSettings");
        b.HasIndex(s => s.OrganisationId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(s => s.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(s => s.Statuses).WithOne(r => r.Settings).HasForeignKey(r => r.FollowUpSettingsId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Statuses).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActionStatusSettingConfiguration : IEntityTypeConfiguration<ActionStatusSetting>
{
    public void Configure(EntityTypeBuilder<ActionStatusSetting> b)
    {
        b.ToTable("ActionStatusSettings");
        b.Property(s => s.Label).HasMaxLength(ActionStatusSetting.LabelMaxLength);
        b.HasIndex(s => new { s.FollowUpSettingsId, s.Status }).IsUnique();
        b.HasIndex(s => s.OrganisationId);
    }
}

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> b)
    {
        b.ToTable("ProgressUpdates");
        b.Property(u => u.Text).HasMaxLength(ProgressUpdate.TextMaxLength);
        b.Property(u => u.Blocker).HasMaxLength(ProgressUpdate.BlockerMaxLength);
        b.Property(u => u.NextStep).HasMaxLength(ProgressUpdate.NextStepMaxLength);
        b.Property(u => u.EvidenceLink).HasMaxLength(ProgressUpdate.LinkMaxLength);
        b.Property(u => u.GivenByName).HasMaxLength(ProgressUpdate.NameMaxLength).IsRequired();
        b.HasIndex(u => new { u.OrganisationId, u.TrajectoryId });
        b.HasIndex(u => new { u.PlannedActionId, u.Date });
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(u => u.PlannedActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(u => u.GivenByUserId).OnDelete(DeleteBehavior.SetNull);
        b.Property(u => u.EvidenceFileKey).HasMaxLength(Owners.EvidenceFile.StoreKeyMaxLength);
        b.Property(u => u.EvidenceFileName).HasMaxLength(Owners.EvidenceFile.FileNameMaxLength);
        b.Property(u => u.EvidenceContentType).HasMaxLength(Owners.EvidenceFile.ContentTypeMaxLength);
        b.HasIndex(u => u.OwnerLinkId);
        b.HasOne<Owners.OwnerLink>().WithMany().HasForeignKey(u => u.OwnerLinkId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class StrategyVersionConfiguration : IEntityTypeConfiguration<StrategyVersion>
{
    public void Configure(EntityTypeBuilder<StrategyVersion> b)
    {
        b.ToTable("StrategyVersions");
        b.Property(v => v.Name).HasMaxLength(StrategyVersion.NameMaxLength).IsRequired();
        b.Property(v => v.SnapshotJson).IsRequired();
        b.Property(v => v.SavedByName).HasMaxLength(200);
        b.HasIndex(v => new { v.TrajectoryId, v.Number }).IsUnique();
        b.HasIndex(v => v.OrganisationId);
        b.HasIndex(v => v.PoliticalDecisionId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(v => v.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(v => v.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PoliticalDecision>().WithMany().HasForeignKey(v => v.PoliticalDecisionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(v => v.SavedByUserId).OnDelete(DeleteBehavior.SetNull);
    }
}
