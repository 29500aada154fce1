using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Governance;

/// <summary>The governance tables, reached as db.CoordinationRoles etc. without widening the DbContext class itself.</summary>
public static class GovernanceSets
{
    extension(CirculairDbContext db)
    {
        public DbSet<CoordinationRole> CoordinationRoles => db.Set<CoordinationRole>();
        public DbSet<GovernancePlatform> GovernancePlatforms => db.Set<GovernancePlatform>();
        public DbSet<PlatformMember> PlatformMembers => db.Set<PlatformMember>();
        public DbSet<PlatformMeeting> PlatformMeetings => db.Set<PlatformMeeting>();
        public DbSet<MeetingDecision> MeetingDecisions => db.Set<MeetingDecision>();
    }
}

internal sealed class CoordinationRoleConfiguration : IEntityTypeConfiguration<CoordinationRole>
{
    public void Configure(EntityTypeBuilder<CoordinationRole> b)
    {
        b.ToTable("CoordinationRoles");
        b.Property(c => c.People).HasMaxLength(CoordinationRole.PeopleMaxLength).IsRequired();
        b.Property(c => c.Tasks).HasMaxLength(CoordinationRole.TasksMaxLength);
        b.HasIndex(c => c.OrganisationId).IsUnique();
        b.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class GovernancePlatformConfiguration : IEntityTypeConfiguration<GovernancePlatform>
{
    public void Configure(EntityTypeBuilder<GovernancePlatform> b)
    {
        b.ToTable("GovernancePlatforms");
        b.Property(p => p.Name).HasMaxLength(GovernancePlatform.NameMaxLength).IsRequired();
        b.Property(p => p.Description).HasMaxLength(GovernancePlatform.DescriptionMaxLength);
        b.HasIndex(p => p.OrganisationId);
        b.HasOne<Organisation>().WithMany().HasForeignKey(p => p.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Members).WithOne(m => m.Platform).HasForeignKey(m => m.GovernancePlatformId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(p => p.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PlatformMemberConfiguration : IEntityTypeConfiguration<PlatformMember>
{
    public void Configure(EntityTypeBuilder<PlatformMember> b)
    {
        b.ToTable("PlatformMembers");
        b.Property(m => m.Name).HasMaxLength(PlatformMember.NameMaxLength);
        b.Property(m => m.Role).HasMaxLength(PlatformMember.RoleMaxLength);
        b.HasIndex(m => m.OrganisationId);
        b.HasOne<Stakeholder>().WithMany().HasForeignKey(m => m.StakeholderId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlatformMeetingConfiguration : IEntityTypeConfiguration<PlatformMeeting>
{
    public void Configure(EntityTypeBuilder<PlatformMeeting> b)
    {
        b.ToTable("PlatformMeetings");
        b.Property(m => m.Agenda).HasMaxLength(PlatformMeeting.AgendaMaxLength);
        b.Property(m => m.Minutes).HasMaxLength(PlatformMeeting.MinutesMaxLength);
        b.HasIndex(m => new { m.OrganisationId, m.GovernancePlatformId });
        b.HasOne<GovernancePlatform>().WithMany().HasForeignKey(m => m.GovernancePlatformId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(m => m.Decisions).WithOne(d => d.Meeting).HasForeignKey(d => d.PlatformMeetingId).OnDelete(DeleteBehavior.Cascade);
        b.Navigation(m => m.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MeetingDecisionConfiguration : IEntityTypeConfiguration<MeetingDecision>
{
    public void Configure(EntityTypeBuilder<MeetingDecision> b)
    {
        b.ToTable("MeetingDecisions");
        b.Property(d => d.Text).HasMaxLength(MeetingDecision.TextMaxLength).IsRequired();
        b.HasIndex(d => d.OrganisationId);
        b.HasOne<PlannedAction>().WithMany().HasForeignKey(d => d.PlannedActionId).OnDelete(DeleteBehavior.SetNull);
    }
}
