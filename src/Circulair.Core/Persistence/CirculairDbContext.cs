using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Initiatives;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Circulair.Trajectory;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Circulair.Persistence;

/// <summary>
/// The one DbContext. It is also the unit of work and the repository: handlers query it with projections and
/// call SaveChangesAsync themselves. The provider (SQLite or PostgreSQL) is chosen in one place, the host's
/// Platform/Database; each provider has its own migrations assembly. It also keeps the data-protection keys,
/// so that several app instances on one database share cookies and antiforgery tokens.
/// Instances are pooled (see the host's Platform/Database): a context keeps no state of its own between uses
/// except what <see cref="BeginUse"/> resets.
/// </summary>
public class CirculairDbContext(DbContextOptions<CirculairDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<int>, int>(options), IDataProtectionKeyContext
{
    /// <summary>
    /// Who the audit trail names as the author of the changes this context saves. Contexts are pooled: the host hands
    /// one to each scope with <see cref="BeginUse"/>, naming the signed-in person; a background job or the demo seeder
    /// names itself with <see cref="ActAs"/>. Null: the trail shows "unknown".
    /// </summary>
    public IAuditActor? Actor { get; private set; }

    /// <summary>Per-save state of <see cref="AuditInterceptor"/>; never shared between two uses of the context.</summary>
    internal AuditState AuditState { get; } = new();

    /// <summary>Names the author of the changes saved from now on through this context (until it goes back to the pool).</summary>
    public void ActAs(IAuditActor actor) => Actor = actor;

    /// <summary>
    /// Called each time the context is handed out (it comes from a pool): nothing of its previous use survives that
    /// EF Core's own reset does not clear. Anything added to this class that lives longer than one save is reset here.
    /// </summary>
    public void BeginUse(IAuditActor? actor)
    {
        // Whatever a previous use raised and did not pass on (it cannot have outlived its transaction) is passed on now.
        FlushRaisedVersions(VersionObserver);
        Actor = actor;
        AuditState.Reset();
        ReadBeyondDataVersion = false;
    }

    /// <summary>
    /// True once this use of the context read a table whose changes do not raise the organisation's data version
    /// (<see cref="DataVersionReadGuard"/>): the output cache then does not store the page.
    /// </summary>
    public bool ReadBeyondDataVersion { get; internal set; }

    private readonly HashSet<int> _raisedVersions = [];
    private IDataVersionObserver? _versionObserver;
    private bool _versionObserverLooked;

    /// <summary>The observer registered through <see cref="DataVersionCommitInterceptor"/> in this context's options, if any.</summary>
    private IDataVersionObserver? VersionObserver
    {
        get
        {
            if (!_versionObserverLooked)
            {
                _versionObserver = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.Interceptors?
                    .OfType<DataVersionCommitInterceptor>().FirstOrDefault()?.Observer;
                _versionObserverLooked = true;
            }
            return _versionObserver;
        }
    }

    /// <summary>
    /// Notes that these organisations' data versions were raised through this context. Inside a transaction they are
    /// passed to the <see cref="IDataVersionObserver"/> when it ends; outside one the raise is committed already.
    /// </summary>
    internal void NoteRaisedVersions(IEnumerable<int> organisationIds)
    {
        _raisedVersions.UnionWith(organisationIds);
        if (Database.CurrentTransaction is null)
        {
            FlushRaisedVersions(VersionObserver);
        }
    }

    internal void FlushRaisedVersions(IDataVersionObserver? observer)
    {
        if (_raisedVersions.Count == 0)
        {
            return;
        }
        var raised = _raisedVersions.ToArray();
        _raisedVersions.Clear();
        observer?.Committed(raised);
    }

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<StrategyTrajectory> Trajectories => Set<StrategyTrajectory>();
    public DbSet<TrajectorySession> TrajectorySessions => Set<TrajectorySession>();
    public DbSet<SessionParticipant> SessionParticipants => Set<SessionParticipant>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Stakeholder> Stakeholders => Set<Stakeholder>();
    public DbSet<StakeholderAssessment> StakeholderAssessments => Set<StakeholderAssessment>();
    public DbSet<CustomStakeholderGroup> CustomStakeholderGroups => Set<CustomStakeholderGroup>();
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativePartner> InitiativePartners => Set<InitiativePartner>();
    public DbSet<SheetImportDraft> SheetImportDrafts => Set<SheetImportDraft>();

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
