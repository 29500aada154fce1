using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Initiatives;
using Circulair.Initiatives.Import;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Circulair.Stakeholders.Import;
using Circulair.Trajectory;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Circulair.Persistence;

/// <summary>
/// The one DbContext. It is also the unit of work and the repository: handlers query it with projections and
/// call SaveChangesAsync themselves. The provider (SQLite or PostgreSQL) is chosen in one place, the host's
/// Platform/Database; each provider has its own migrations assembly. It also keeps the data-protection keys,
/// so that several app instances on one database share cookies and antiforgery tokens.
/// </summary>
public class CirculairDbContext(DbContextOptions<CirculairDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<StrategyTrajectory> Trajectories => Set<StrategyTrajectory>();
    public DbSet<TrajectorySession> TrajectorySessions => Set<TrajectorySession>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<StakeholderAssessment> StakeholderAssessments => Set<StakeholderAssessment>();
    public DbSet<CustomStakeholderGroup> CustomStakeholderGroups => Set<CustomStakeholderGroup>();
    public DbSet<StakeholderImportDraft> StakeholderImportDrafts => Set<StakeholderImportDraft>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativePartner> InitiativePartners => Set<InitiativePartner>();
    public DbSet<InitiativeImportDraft> InitiativeImportDrafts => Set<InitiativeImportDraft>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(CirculairDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are UTC everywhere. SQLite forgets the kind on the way back; this restores it,
        // and PostgreSQL (timestamptz) insists on it on the way in.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<NullableUtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<int>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class NullableUtcDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
