using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Vision;

/// <summary>The vision tables, reached as db.VisionCanvases etc. without adding to the shared DbContext file.</summary>
public static class VisionData
{
    extension(CirculairDbContext db)
    {
        public DbSet<VisionCanvas> VisionCanvases => db.Set<VisionCanvas>();
        public DbSet<VisionNote> VisionNotes => db.Set<VisionNote>();
        public DbSet<VisionVersion> VisionVersions => db.Set<VisionVersion>();
        public DbSet<AmoreRound> AmoreRounds => db.Set<AmoreRound>();
        public DbSet<AmoreRating> AmoreRatings => db.Set<AmoreRating>();
        public DbSet<AmoreInvitation> AmoreInvitations => db.Set<AmoreInvitation>();
    }
}

internal sealed class VisionCanvasConfiguration : IEntityTypeConfiguration<VisionCanvas>
{
    public void Configure(EntityTypeBuilder<VisionCanvas> b)
    {
        b.ToTable("VisionCanvases");
        b.Property(c => c.Why).HasMaxLength(VisionCanvas.BlockTextMaxLength);
        b.Property(c => c.Results).HasMaxLength(VisionCanvas.BlockTextMaxLength);
        b.Property(c => c.AlreadyHappening).HasMaxLength(VisionCanvas.BlockTextMaxLength);
        b.Property(c => c.Statement).HasMaxLength(VisionCanvas.StatementMaxLength);
        b.HasIndex(c => c.TrajectoryId).IsUnique();
        b.HasIndex(c => c.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<StrategyTrajectory>().WithMany().HasForeignKey(c => c.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(c => c.Notes).WithOne(n => n.Canvas).HasForeignKey(n => n.CanvasId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Notes).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.HasMany(c => c.Policies).WithOne(p => p.Canvas).HasForeignKey(p => p.CanvasId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(c => c.Policies).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(c => c.IsEmpty);
    }
}

internal sealed class VisionNoteConfiguration : IEntityTypeConfiguration<VisionNote>
{
    public void Configure(EntityTypeBuilder<VisionNote> b)
    {
        b.ToTable("VisionNotes");
        b.Property(n => n.Text).HasMaxLength(VisionNote.TextMaxLength).IsRequired();
        b.HasIndex(n => new { n.CanvasId, n.Key }).IsUnique();
        b.HasIndex(n => n.OrganisationId);
    }
}

internal sealed class VisionPolicyReferenceConfiguration : IEntityTypeConfiguration<VisionPolicyReference>
{
    public void Configure(EntityTypeBuilder<VisionPolicyReference> b)
    {
        b.ToTable("VisionPolicyReferences");
        b.Property(p => p.Comment).HasMaxLength(VisionCanvas.PolicyCommentMaxLength);
        b.HasIndex(p => new { p.CanvasId, p.Policy }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
    }
}

internal sealed class VisionVersionConfiguration : IEntityTypeConfiguration<VisionVersion>
{
    public void Configure(EntityTypeBuilder<VisionVersion> b)
    {
        b.ToTable("VisionVersions");
        b.Property(v => v.Label).HasMaxLength(VisionVersion.LabelMaxLength).IsRequired();
        b.Property(v => v.SavedByName).HasMaxLength(200);
        // Unbounded text on both providers (TEXT in SQLite, text in PostgreSQL); see decision 0150.
        b.Property(v => v.SnapshotJson).IsRequired();
        b.HasIndex(v => new { v.CanvasId, v.Number }).IsUnique();
        b.HasIndex(v => new { v.OrganisationId, v.TrajectoryId });
        b.HasOne(v => v.Canvas).WithMany().HasForeignKey(v => v.CanvasId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AmoreRoundConfiguration : IEntityTypeConfiguration<AmoreRound>
{
    public void Configure(EntityTypeBuilder<AmoreRound> b)
    {
        b.ToTable("AmoreRounds");
        b.Property(r => r.Title).HasMaxLength(AmoreRound.TitleMaxLength).IsRequired();
        b.Property(r => r.OpenedByName).HasMaxLength(200);
        b.HasIndex(r => new { r.OrganisationId, r.TrajectoryId });
        b.HasOne(r => r.VisionVersion).WithMany().HasForeignKey(r => r.VisionVersionId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Ratings).WithOne(x => x.Round).HasForeignKey(x => x.AmoreRoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(r => r.IsOpen);
    }
}

internal sealed class AmoreRatingConfiguration : IEntityTypeConfiguration<AmoreRating>
{
    public void Configure(EntityTypeBuilder<AmoreRating> b)
    {
        b.ToTable("AmoreRatings");
        b.Property(r => r.RaterKey).HasMaxLength(RaterKey.MaxLength).IsRequired();
        b.Property(r => r.RaterName).HasMaxLength(AmoreRating.NameMaxLength).IsRequired();
        b.Property(r => r.Comment).HasMaxLength(AmoreRating.CommentMaxLength);
        b.HasIndex(r => new { r.AmoreRoundId, r.RaterKey }).IsUnique();
        b.HasIndex(r => r.OrganisationId);
        b.Ignore(r => r.Scores);
    }
}

internal sealed class AmoreInvitationConfiguration : IEntityTypeConfiguration<AmoreInvitation>
{
    public void Configure(EntityTypeBuilder<AmoreInvitation> b)
    {
        b.ToTable("AmoreInvitations");
        b.Property(i => i.Name).HasMaxLength(AmoreInvitation.NameMaxLength).IsRequired();
        b.Property(i => i.Email).HasMaxLength(AmoreInvitation.EmailMaxLength).IsRequired();
        b.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => new { i.OrganisationId, i.AmoreRoundId });
        b.HasOne(i => i.Round).WithMany().HasForeignKey(i => i.AmoreRoundId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(i => i.Rater);
    }
}
