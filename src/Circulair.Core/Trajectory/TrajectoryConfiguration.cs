using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Trajectory;

internal sealed class TrajectoryConfiguration : IEntityTypeConfiguration<StrategyTrajectory>
{
    public void Configure(EntityTypeBuilder<StrategyTrajectory> b)
    {
        b.ToTable("Trajectories");
        b.Property(t => t.Title).HasMaxLength(StrategyTrajectory.TitleMaxLength).IsRequired();
        b.HasIndex(t => t.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(t => t.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Sessions).WithOne(s => s.Trajectory).HasForeignKey(s => s.TrajectoryId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(t => t.Sessions).UsePropertyAccessMode(PropertyAccessMode.Field);
        b.Ignore(t => t.PlannedMonths);
        b.Ignore(t => t.LeadTime);
    }
}

internal sealed class TrajectorySessionConfiguration : IEntityTypeConfiguration<TrajectorySession>
{
    public void Configure(EntityTypeBuilder<TrajectorySession> b)
    {
        b.Property(s => s.Title).HasMaxLength(TrajectorySession.TitleMaxLength);
        b.Property(s => s.Place).HasMaxLength(TrajectorySession.PlaceMaxLength);
        b.Property(s => s.Purpose).HasMaxLength(TrajectorySession.TextMaxLength);
        b.Property(s => s.Participants).HasMaxLength(TrajectorySession.TextMaxLength);
        b.Property(s => s.Minutes).HasMaxLength(TrajectorySession.TextMaxLength);
        b.Property(s => s.Decisions).HasMaxLength(TrajectorySession.TextMaxLength);
        b.HasIndex(s => new { s.OrganisationId, s.TrajectoryId });
        b.Ignore(s => s.HasRecord);
        b.HasMany(s => s.Invitees).WithOne(p => p.Session).HasForeignKey(p => p.TrajectorySessionId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(s => s.Invitees).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class SessionParticipantConfiguration : IEntityTypeConfiguration<SessionParticipant>
{
    public void Configure(EntityTypeBuilder<SessionParticipant> b)
    {
        b.ToTable("SessionParticipants");
        b.HasIndex(p => new { p.TrajectorySessionId, p.StakeholderId }).IsUnique();
        b.HasIndex(p => p.OrganisationId);
        b.HasOne<Stakeholders.Stakeholder>().WithMany().HasForeignKey(p => p.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}
