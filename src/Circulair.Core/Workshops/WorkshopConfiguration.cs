using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Workshops;

/// <summary>The workshop tables, reached as db.Workshops etc. without adding to the shared DbContext file.</summary>
public static class WorkshopData
{
    extension(CirculairDbContext db)
    {
        public DbSet<Workshop> Workshops => db.Set<Workshop>();
        public DbSet<WorkshopActivity> WorkshopActivities => db.Set<WorkshopActivity>();
        public DbSet<WorkshopItem> WorkshopItems => db.Set<WorkshopItem>();
        public DbSet<WorkshopParticipant> WorkshopParticipants => db.Set<WorkshopParticipant>();
        public DbSet<WorkshopResponse> WorkshopResponses => db.Set<WorkshopResponse>();
        public DbSet<WorkshopIdea> WorkshopIdeas => db.Set<WorkshopIdea>();
    }
}

internal sealed class WorkshopConfiguration : IEntityTypeConfiguration<Workshop>
{
    public void Configure(EntityTypeBuilder<Workshop> b)
    {
        b.ToTable("Workshops");
        b.Property(w => w.Title).HasMaxLength(Workshop.TitleMaxLength).IsRequired();
        b.Property(w => w.Code).HasMaxLength(WorkshopCode.Length).IsRequired();
        b.HasIndex(w => w.Code).IsUnique();
        b.HasIndex(w => new { w.OrganisationId, w.TrajectorySessionId });
        b.HasOne<Organisation>().WithMany().HasForeignKey(w => w.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(w => w.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<TrajectorySession>().WithMany().HasForeignKey(w => w.TrajectorySessionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(w => w.Activities).WithOne(a => a.Workshop).HasForeignKey(a => a.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(w => w.Activities).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(w => w.IsEnded);
        b.Ignore(w => w.OpenActivity);
        b.Ignore(w => w.ProjectedActivity);
    }
}

internal sealed class WorkshopActivityConfiguration : IEntityTypeConfiguration<WorkshopActivity>
{
    public void Configure(EntityTypeBuilder<WorkshopActivity> b)
    {
        b.ToTable("WorkshopActivities");
        b.Property(a => a.Title).HasMaxLength(WorkshopActivity.TitleMaxLength).IsRequired();
        b.Property(a => a.Summary).HasMaxLength(WorkshopActivity.SummaryMaxLength);
        b.Property(a => a.CanvasKind).HasMaxLength(16);
        b.HasIndex(a => a.OrganisationId);
        b.HasMany(a => a.Items).WithOne(i => i.Activity).HasForeignKey(i => i.WorkshopActivityId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(a => a.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(a => a.IsOpen);
        b.Ignore(a => a.UsesDots);
        b.Ignore(a => a.HasRounds);
        b.Ignore(a => a.NeedsItems);
    }
}

internal sealed class WorkshopItemConfiguration : IEntityTypeConfiguration<WorkshopItem>
{
    public void Configure(EntityTypeBuilder<WorkshopItem> b)
    {
        b.ToTable("WorkshopItems");
        b.Property(i => i.Text).HasMaxLength(WorkshopItem.TextMaxLength).IsRequired();
        b.Property(i => i.SourceKey).HasMaxLength(WorkshopItem.SourceKeyMaxLength);
        b.Property(i => i.HostName).HasMaxLength(WorkshopItem.HostNameMaxLength);
        b.HasIndex(i => i.OrganisationId);
    }
}

internal sealed class WorkshopParticipantConfiguration : IEntityTypeConfiguration<WorkshopParticipant>
{
    public void Configure(EntityTypeBuilder<WorkshopParticipant> b)
    {
        b.ToTable("WorkshopParticipants");
        b.Property(p => p.TokenHash).HasMaxLength(64).IsRequired();
        b.Property(p => p.DisplayName).HasMaxLength(WorkshopParticipant.NameMaxLength);
        b.HasIndex(p => new { p.WorkshopId, p.TokenHash }).IsUnique();
        b.HasOne<Workshop>().WithMany().HasForeignKey(p => p.WorkshopId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(p => p.RaterKey);
    }
}

internal sealed class WorkshopResponseConfiguration : IEntityTypeConfiguration<WorkshopResponse>
{
    public void Configure(EntityTypeBuilder<WorkshopResponse> b)
    {
        b.ToTable("WorkshopResponses");
        b.Property(r => r.Text).HasMaxLength(WorkshopResponse.TextMaxLength);
        b.HasIndex(r => new { r.WorkshopActivityId, r.ParticipantId, r.ItemKey, r.Slot }).IsUnique();
        b.HasOne<WorkshopActivity>().WithMany().HasForeignKey(r => r.WorkshopActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class WorkshopIdeaConfiguration : IEntityTypeConfiguration<WorkshopIdea>
{
    public void Configure(EntityTypeBuilder<WorkshopIdea> b)
    {
        b.ToTable("WorkshopIdeas");
        b.Property(i => i.Text).HasMaxLength(WorkshopIdea.NoteMaxLength).IsRequired();
        b.HasIndex(i => new { i.WorkshopActivityId, i.Kind });
        b.HasIndex(i => new { i.ParticipantId, i.SubmissionKey }).IsUnique();
        b.Ignore(i => i.IsKept);
        b.HasIndex(i => i.OrganisationId);
        b.HasOne<WorkshopActivity>().WithMany().HasForeignKey(i => i.WorkshopActivityId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<WorkshopParticipant>().WithMany().HasForeignKey(i => i.ParticipantId).OnDelete(DeleteBehavior.SetNull);
    }
}
