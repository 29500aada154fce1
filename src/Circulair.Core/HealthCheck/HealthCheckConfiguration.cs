using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.HealthCheck;

/// <summary>The health-check tables, reached as db.HealthCheckRounds etc. without adding to the shared DbContext file.</summary>
public static class HealthCheckData
{
    extension(CirculairDbContext db)
    {
        public DbSet<HealthCheckRound> HealthCheckRounds => db.Set<HealthCheckRound>();
        public DbSet<HealthCheckRating> HealthCheckRatings => db.Set<HealthCheckRating>();
        public DbSet<HealthCheckScore> HealthCheckScores => db.Set<HealthCheckScore>();
        public DbSet<HealthCheckInvitation> HealthCheckInvitations => db.Set<HealthCheckInvitation>();
    }
}

internal sealed class HealthCheckRoundConfiguration : IEntityTypeConfiguration<HealthCheckRound>
{
    public void Configure(EntityTypeBuilder<HealthCheckRound> b)
    {
        b.ToTable("HealthCheckRounds");
        b.Property(r => r.Title).HasMaxLength(HealthCheckRound.TitleMaxLength).IsRequired();
        b.Property(r => r.OpenedByName).HasMaxLength(200);
        b.HasIndex(r => new { r.OrganisationId, r.OpenedAt });
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(r => r.Ratings).WithOne(x => x.Round).HasForeignKey(x => x.HealthCheckRoundId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Ratings).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(r => r.IsOpen);
    }
}

internal sealed class HealthCheckRatingConfiguration : IEntityTypeConfiguration<HealthCheckRating>
{
    public void Configure(EntityTypeBuilder<HealthCheckRating> b)
    {
        b.ToTable("HealthCheckRatings");
        b.Property(r => r.RaterKey).HasMaxLength(RaterKey.MaxLength).IsRequired();
        b.Property(r => r.RaterName).HasMaxLength(HealthCheckRating.NameMaxLength).IsRequired();
        b.HasIndex(r => new { r.HealthCheckRoundId, r.RaterKey }).IsUnique();
        b.HasIndex(r => r.OrganisationId);
        b.HasMany(r => r.Scores).WithOne(s => s.Rating).HasForeignKey(s => s.HealthCheckRatingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(r => r.Scores).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class HealthCheckScoreConfiguration : IEntityTypeConfiguration<HealthCheckScore>
{
    public void Configure(EntityTypeBuilder<HealthCheckScore> b)
    {
        b.ToTable("HealthCheckScores");
        b.Property(s => s.Note).HasMaxLength(BlockScore.NoteMaxLength);
        b.HasIndex(s => new { s.HealthCheckRatingId, s.Block }).IsUnique();
        b.HasIndex(s => s.OrganisationId);
    }
}

internal sealed class HealthCheckInvitationConfiguration : IEntityTypeConfiguration<HealthCheckInvitation>
{
    public void Configure(EntityTypeBuilder<HealthCheckInvitation> b)
    {
        b.ToTable("HealthCheckInvitations");
        b.Property(i => i.Name).HasMaxLength(HealthCheckInvitation.NameMaxLength).IsRequired();
        b.Property(i => i.Email).HasMaxLength(HealthCheckInvitation.EmailMaxLength).IsRequired();
        b.Property(i => i.TokenHash).HasMaxLength(64).IsRequired();
        b.HasIndex(i => i.TokenHash).IsUnique();
        b.HasIndex(i => new { i.OrganisationId, i.HealthCheckRoundId });
        b.HasOne(i => i.Round).WithMany().HasForeignKey(i => i.HealthCheckRoundId).OnDelete(DeleteBehavior.Cascade);
        b.Ignore(i => i.Rater);
    }
}
