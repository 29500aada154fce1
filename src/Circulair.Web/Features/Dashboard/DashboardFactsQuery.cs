using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Governance;
using Circulair.Guidance;
using Circulair.HealthCheck;
using Circulair.Initiatives;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Scan;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Vision;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Features.Governance;
using Circulair.Web.Features.HealthCheck;
using Circulair.Web.Features.Initiatives;
using Circulair.Web.Features.Library;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Pilots;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Strategy.Goals;
using Circulair.Web.Features.Trajectory;
using Circulair.Web.Features.Vision;
using Circulair.Web.Features.Workshops;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// Reads <see cref="DashboardFacts"/> in a fixed handful of SQL commands, however much the organisation holds (decision
/// 0385): (1) one row rooted at the organisation whose columns are scalar subqueries, one per count a card shows;
/// (2) the trajectories that are not stopped, each with its next-step counts as subqueries and its skipped steps;
/// (3) the goals, and (4) the names their owners may have, for the SMART check; (5) the initiatives' matrix entries;
/// (6–8) the indicators with their targets and measurements. The subqueries of (1) name the organisation
/// by parameter, not by the outer row, so both databases evaluate each once. Every table read is organisation data, so
/// the dashboard stays in the page cache until a save raises the organisation's data version.
/// </summary>
public static class DashboardFactsQuery
{
    /// <param name="smart">Gives the SMART check's context (the page passes <see cref="SmartOwnerCache"/>'s); read afresh when null.</param>
    public static async Task<DashboardFacts> LoadAsync(CirculairDbContext db, int organisationId, string organisationSlug, TimeProvider clock, CancellationToken ct,
        Func<CancellationToken, Task<SmartContext>>? smart = null)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counts = await CountsAsync(db, organisationId, today, ct);
        var follow = await FollowRowsAsync(db, organisationId, ct);
        var trajectories = await TrajectoriesAsync(db, organisationId, ct);
        var goals = await GoalsAsync(db, organisationId, clock, smart, ct);
        var initiatives = await db.Initiatives.InOrganisation(organisationId)
            .Select(i => new MatrixEntry(i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups))
            .ToListAsync(ct);
        var indicators = await MonitoringData.LoadAsync(db, organisationId, today.Year, ct);
        var cycle = counts.Cycle ?? FollowUpSettings.DefaultCycle;
        return new DashboardFacts
        {
            OrganisationSlug = organisationSlug,
            Today = today,
            Trajectories = trajectories,
            Goals = goals,
            Stakeholders = counts.Stakeholders,
            LatestTrajectory = counts.LatestTrajectory,
            Vision = counts.Vision,
            Scan = counts.Scan,
            Initiatives = InitiativeProgress.Facts.Of(InitiativeMatrix.Count(initiatives)),
            Strategy = counts.Strategy,
            Workshops = counts.Workshops,
            Pilots = counts.Pilots,
            FollowUp = counts.FollowUp with
            {
                Updated = follow.Count(r => r.Last != null),
                Stale = follow.Count(r => FollowUpRules.IsStale(r.Timing, cycle, today)),
            },
            Owners = counts.Owners,
            Governance = counts.Governance,
            Budget = counts.Budget,
            Monitoring = MonitoringProgress.Facts.Of(indicators),
            HealthCheck = counts.HealthCheck,
            Library = counts.Library,
        };
    }

    /// <summary>What <see cref="NextSteps"/> reads, without the other cards' counts (the next-step page).</summary>
    public static async Task<DashboardFacts> LoadNextStepFactsAsync(CirculairDbContext db, int organisationId, string organisationSlug, TimeProvider clock, CancellationToken ct)
    {
        var stakeholders = db.Stakeholders.InOrganisation(organisationId);
        var datasets = db.ScanDatasets.InOrganisation(organisationId);
        var shared = await db.Organisations.Where(o => o.Id == organisationId)
            .Select(o => new
            {
                Stakeholders = new StakeholderProgress.Facts { Total = stakeholders.Count(), Unrated = stakeholders.Count(s => s.Power == null || s.Interest == null) },
                Scan = new ScanProgress.Facts { DatasetsWithData = datasets.Count(d => d.ObservationCount > 0) },
            })
            .SingleAsync(ct);
        var trajectories = await TrajectoriesAsync(db, organisationId, ct);
        return new DashboardFacts
        {
            OrganisationSlug = organisationSlug,
            Today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
            Stakeholders = shared.Stakeholders,
            Scan = shared.Scan,
            Trajectories = trajectories,
            Goals = trajectories.Count == 0 ? [] : await GoalsAsync(db, organisationId, clock, null, ct),
        };
    }

    /// <summary>The organisation's counts; the updated and stale actions come from <see cref="FollowRowsAsync"/>.</summary>
    private sealed record Counts
    {
        public required StakeholderProgress.Facts Stakeholders { get; init; }
        public required TrajectoryProgress.Facts LatestTrajectory { get; init; }
        public required VisionProgress.Facts Vision { get; init; }
        public required ScanProgress.Facts Scan { get; init; }
        public required StrategyProgress.Facts Strategy { get; init; }
        public required WorkshopProgress.Facts Workshops { get; init; }
        public required PilotProgress.Facts Pilots { get; init; }
        public required FollowUpProgress.Facts FollowUp { get; init; }
        public FollowUpCycle? Cycle { get; init; }
        public required OwnersProgress.Facts Owners { get; init; }
        public required GovernanceProgress.Facts Governance { get; init; }
        public required BudgetProgress.Facts Budget { get; init; }
        public required HealthCheckProgress.Facts HealthCheck { get; init; }
        public required LibraryProgress.Facts Library { get; init; }
    }

    /// <summary>The stakeholders managed closely and actively (Tool 2's top-right cells), as the compiled query needs it.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<Stakeholder, bool>> ActivelyManaged =
        StakeholderQueries.InApproach(StakeholderApproach.ContinuEnActiefManagement);

    private static Task<Counts> CountsAsync(CirculairDbContext db, int id, DateOnly today, CancellationToken ct) => CountsQuery(db, id, today, ct);

    /// <summary>
    /// The counts row, compiled once (decision 0445): translated per request, this query of forty subqueries spent more
    /// CPU in EF Core's parameter extraction and query-cache lookup than PostgreSQL spent running it (bench/pages profile).
    /// A compiled query cannot call the scoping extension methods, so every set is written out with its
    /// <c>OrganisationId == id</c> condition.
    /// </summary>
    private static readonly Func<CirculairDbContext, int, DateOnly, CancellationToken, Task<Counts>> CountsQuery =
        EF.CompileAsyncQuery((CirculairDbContext db, int id, DateOnly today, CancellationToken ct) =>
            db.Organisations.Where(o => o.Id == id).Select(o => new Counts
            {
                Stakeholders = new StakeholderProgress.Facts
                {
                    Total = db.Stakeholders.Count(s => s.OrganisationId == id),
                    Unrated = db.Stakeholders.Count(s => s.OrganisationId == id && (s.Power == null || s.Interest == null)),
                    Active = db.Stakeholders.Where(s => s.OrganisationId == id).Count(ActivelyManaged),
                },
                LatestTrajectory = new TrajectoryProgress.Facts
                {
                    Id = db.Trajectories.Where(t => t.OrganisationId == id).OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
                        .Select(t => (int?)t.Id).FirstOrDefault(),
                    Title = db.Trajectories.Where(t => t.OrganisationId == id).OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
                        .Select(t => t.Title).FirstOrDefault(),
                    Status = db.Trajectories.Where(t => t.OrganisationId == id).OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
                        .Select(t => (TrajectoryStatus?)t.Status).FirstOrDefault(),
                    Sessions = db.Trajectories.Where(t => t.OrganisationId == id).OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
                        .Select(t => t.Sessions.Count).FirstOrDefault(),
                    Held = db.Trajectories.Where(t => t.OrganisationId == id).OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
                        .Select(t => t.Sessions.Count(s => s.Minutes != null || s.Decisions != null)).FirstOrDefault(),
                },
                Vision = new VisionProgress.Facts
                {
                    Versions = db.Set<VisionVersion>().Count(v => v.OrganisationId == id),
                    CanvasContent = db.Set<VisionCanvas>().Any(c => c.OrganisationId == id && (c.Statement != null || c.Why != null || c.Results != null || c.AlreadyHappening != null))
                        || db.Set<VisionNote>().Any(n => n.OrganisationId == id),
                    AmoreRounds = db.Set<AmoreRound>().Count(r => r.OrganisationId == id),
                    AmoreRatings = db.Set<AmoreRating>().Count(r => r.OrganisationId == id),
                },
                Scan = new ScanProgress.Facts
                {
                    Datasets = db.Set<ScanDataset>().Count(d => d.OrganisationId == id),
                    DatasetsWithData = db.Set<ScanDataset>().Count(d => d.OrganisationId == id && d.ObservationCount > 0),
                    Promising = db.Set<ScanDomainAssessment>().Count(a => a.OrganisationId == id && a.IsPromising),
                },
                Strategy = new StrategyProgress.Facts
                {
                    Retained = db.Set<StrategyDomain>().Count(d => d.OrganisationId == id && d.Decision == DomainDecision.Behouden),
                    Dropped = db.Set<StrategyDomain>().Count(d => d.OrganisationId == id && d.Decision == DomainDecision.LatenVallen),
                    Ideas = db.Set<StrategyIdea>().Count(i => i.OrganisationId == id),
                    Promoted = db.Set<StrategyIdea>().Count(i => i.OrganisationId == id && i.PromotedActionId != null),
                    Actions = db.Set<PlannedAction>().Count(a => a.OrganisationId == id),
                    Rated = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.RatingCount > 0),
                    Sheets = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && (a.Description != null || a.DesiredResults != null || a.FirstSteps != null)),
                },
                Workshops = new WorkshopProgress.Facts
                {
                    Workshops = db.Set<Workshop>().Count(w => w.OrganisationId == id),
                    Running = db.Set<Workshop>().Count(w => w.OrganisationId == id && w.Status == WorkshopStatus.Actief),
                    Ended = db.Set<Workshop>().Count(w => w.OrganisationId == id && w.Status == WorkshopStatus.Beeindigd),
                    Held = db.Set<Workshop>().Where(w => w.OrganisationId == id).SelectMany(w => w.Activities).Count(a => a.OpenedAt != null),
                    NewestRunningId = db.Set<Workshop>().Where(w => w.OrganisationId == id && w.Status == WorkshopStatus.Actief).OrderByDescending(w => w.Id)
                        .Select(w => (int?)w.Id).FirstOrDefault(),
                },
                Pilots = new PilotProgress.Facts
                {
                    Pilots = db.Set<Pilot>().Count(p => p.OrganisationId == id),
                    Furthest = db.Set<Pilot>().Where(p => p.OrganisationId == id).Max(p => (PilotStep?)p.Step),
                    NewestId = db.Set<Pilot>().Where(p => p.OrganisationId == id).OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
                    TestCards = db.Set<PilotTestCard>().Count(c => c.OrganisationId == id),
                    Validated = db.Set<PilotTestCard>().Count(c => c.OrganisationId == id && c.Result == LearningResult.Gevalideerd),
                    NotValidated = db.Set<PilotTestCard>().Count(c => c.OrganisationId == id && c.Result == LearningResult.NietGevalideerd),
                    Unclear = db.Set<PilotTestCard>().Count(c => c.OrganisationId == id && c.Result == LearningResult.Onduidelijk),
                },
                FollowUp = new FollowUpProgress.Facts
                {
                    Decisions = db.Set<PoliticalDecision>().Count(d => d.OrganisationId == id),
                    AdoptedOn = db.Set<AdoptedVersion>().Where(v => v.OrganisationId == id).OrderByDescending(v => v.AdoptedOn).Select(v => (DateOnly?)v.AdoptedOn).FirstOrDefault(),
                    Actions = db.Set<PlannedAction>().Count(a => a.OrganisationId == id),
                    // Milestones are read only through a correlation with one of the organisation's actions, which scopes
                    // them already. Not filtered on the organisation as well: with that filter SQLite picks the
                    // (OrganisationId, …) index and reads every row of the organisation for each action; without it the
                    // PlannedActionId index answers.
                    Late = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.Status != ActionStatus.Afgerond && a.Status != ActionStatus.Stopgezet
                        && (a.EndDate < today || db.Set<ActionMilestone>().Any(m => m.PlannedActionId == a.Id && !m.Done && m.Date < today))),
                },
                Cycle = db.Set<FollowUpSettings>().Where(s => s.OrganisationId == id).Select(s => (FollowUpCycle?)s.Cycle).FirstOrDefault(),
                Owners = new OwnersProgress.Facts
                {
                    Owners = db.Set<OwnerContact>().Where(c => c.OrganisationId == id).Select(c => c.EmailKey).Distinct().Count(),
                    Followed = db.Set<PlannedAction>().Count(a => a.OrganisationId == id
                        && (a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend || a.Status == ActionStatus.OnHold)),
                    WithoutTrekker = db.Set<PlannedAction>().Count(a => a.OrganisationId == id
                        && (a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend || a.Status == ActionStatus.OnHold)
                        && !db.Set<OwnerContact>().Where(c => c.OrganisationId == id && c.Role == OwnerRole.Trekker).Select(c => c.PlannedActionId).Contains(a.Id)),
                },
                Governance = new GovernanceProgress.Facts
                {
                    Coordination = db.Set<CoordinationRole>().Any(c => c.OrganisationId == id),
                    Platforms = db.Set<GovernancePlatform>().Count(p => p.OrganisationId == id),
                    Meetings = db.Set<PlatformMeeting>().Count(m => m.OrganisationId == id),
                },
                Budget = new BudgetProgress.Facts { PlanEntries = db.Set<BbcEntry>().Count(e => e.OrganisationId == id) },
                HealthCheck = new HealthCheckProgress.Facts
                {
                    LatestTitle = db.Set<HealthCheckRound>().Where(r => r.OrganisationId == id).OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id)
                        .Select(r => r.Title).FirstOrDefault(),
                    LatestOpenedAt = db.Set<HealthCheckRound>().Where(r => r.OrganisationId == id).OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id)
                        .Select(r => (DateTime?)r.OpenedAt).FirstOrDefault(),
                    LatestRaters = db.Set<HealthCheckRound>().Where(r => r.OrganisationId == id).OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id)
                        .Select(r => r.Ratings.Count).FirstOrDefault(),
                    Rounds = db.Set<HealthCheckRound>().Count(r => r.OrganisationId == id),
                    HasRatings = db.Set<HealthCheckRating>().Any(r => r.OrganisationId == id),
                },
                Library = new LibraryProgress.Facts
                {
                    PopulationKnown = o.Population != null || db.Set<ScanPopulation>().Any(p => p.OrganisationId == id),
                    Applications = db.Set<FundingApplication>().Count(a => a.OrganisationId == id),
                },
            }).Single());

    /// <summary>An action's status, start and creation, and the date of its last progress update in its own trajectory.</summary>
    private sealed record FollowRow(ActionStatus Status, DateOnly? Start, DateTime CreatedAt, DateOnly? Last)
    {
        public ActionTiming Timing => new(Status, Start, null, [], Last, DateOnly.FromDateTime(CreatedAt));
    }

    /// <summary>
    /// Every action of the organisation with its last update, in one command. The counts of updated and stale actions are then Core's own rules
    /// (<see cref="FollowUpRules.IsStale"/>) over these rows. Counting them in SQL took four correlated subqueries over
    /// the updates (28 of the dashboard's 38 ms in PostgreSQL with ten updates on each of 1,000 actions, bench/pages).
    /// </summary>
    private static async Task<List<FollowRow>> FollowRowsAsync(CirculairDbContext db, int id, CancellationToken ct)
    {
        // Each action's last update through the (PlannedActionId, Date) index, one seek per action; not filtered on the
        // organisation as well (see CountsAsync's milestones). With a join to the organisation's updates grouped per
        // action instead, bench/pages on PostgreSQL measured the dashboard at 547 ms median on a freshly loaded
        // organisation (decision 0395).
        var updates = db.ProgressUpdates.AsQueryable();
        return await db.PlannedActions.InOrganisation(id)
            .Select(a => new FollowRow(a.Status, a.StartDate, a.CreatedAt,
                updates.Where(u => u.PlannedActionId == a.Id && u.TrajectoryId == a.TrajectoryId).Max(u => (DateOnly?)u.Date)))
            .ToListAsync(ct);
    }

    /// <summary>The trajectories that are not stopped, current first, with per trajectory the counts its next step and the current one's cards read.</summary>
    private static async Task<IReadOnlyList<TrajectoryFacts>> TrajectoriesAsync(CirculairDbContext db, int id, CancellationToken ct)
    {
        var list = new List<TrajectoryFacts>();
        await foreach (var trajectory in TrajectoriesQuery(db, id).WithCancellation(ct))
        {
            list.Add(trajectory);
        }
        return list;
    }

    /// <summary>
    /// Compiled once, as <see cref="CountsQuery"/> and for the same reason. An action counts as open unless stopped;
    /// budget years and spendings are read only through a correlation with one of the organisation's actions, so they
    /// are not filtered on the organisation (see the milestones in <see cref="CountsQuery"/>).
    /// </summary>
    private static readonly Func<CirculairDbContext, int, IAsyncEnumerable<TrajectoryFacts>> TrajectoriesQuery =
        EF.CompileAsyncQuery((CirculairDbContext db, int id) =>
            db.Trajectories
                .Where(t => t.OrganisationId == id && t.Status != TrajectoryStatus.Stopgezet)
                .OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
                .Select(t => new TrajectoryFacts
                {
                    Id = t.Id,
                    Title = t.Title,
                    Status = t.Status,
                    CoreTeamPlanned = t.Sessions.Any(s => s.Kind == SessionKind.Kernteam && (s.Date != null || s.Minutes != null || s.Decisions != null)),
                    CoreTeamSessionId = t.Sessions.Where(s => s.Kind == SessionKind.Kernteam).OrderBy(s => s.Position).Select(s => (int?)s.Id).FirstOrDefault(),
                    HasVisionStatement = db.Set<VisionCanvas>().Any(c => c.OrganisationId == id && c.TrajectoryId == t.Id && c.Statement != null),
                    AmoreRounds = db.Set<AmoreRound>().Count(r => r.OrganisationId == id && r.TrajectoryId == t.Id),
                    // A shortlisted domain is open until the strategy records its support or a decision on it.
                    ShortlistOpen = db.Set<ScanDomainAssessment>().Count(a => a.OrganisationId == id && a.IsPromising
                        && !db.Set<StrategyDomain>().Any(d => d.OrganisationId == id && d.TrajectoryId == t.Id && d.DomainCode == a.DomainCode && (d.Support != null || d.Decision != null))),
                    OpenActions = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet),
                    WithoutTrekker = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet
                        && a.OwnerUserId == null && a.OwnerStakeholderId == null),
                    FirstWithoutTrekker = db.Set<PlannedAction>()
                        .Where(a => a.OrganisationId == id && a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.OwnerUserId == null && a.OwnerStakeholderId == null)
                        .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                    WithoutScores = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.RatingCount == 0),
                    FirstWithoutScores = db.Set<PlannedAction>()
                        .Where(a => a.OrganisationId == id && a.TrajectoryId == t.Id && a.Status != ActionStatus.Stopgezet && a.RatingCount == 0)
                        .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                    Adopted = db.Set<AdoptedVersion>().Any(v => v.OrganisationId == id && v.TrajectoryId == t.Id),
                    Actions = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.TrajectoryId == t.Id),
                    ActionsWithBudget = db.Set<PlannedAction>().Count(a => a.OrganisationId == id && a.TrajectoryId == t.Id
                        && (db.Set<ActionBudgetYear>().Any(y => y.PlannedActionId == a.Id && (y.Euros != null || y.Fte != null))
                            || db.Set<ActionSpending>().Any(s => s.PlannedActionId == a.Id && (s.Committed != null || s.Spent != null)))),
                    FirstSheetActionId = db.Set<PlannedAction>().Where(a => a.OrganisationId == id && a.TrajectoryId == t.Id)
                        .OrderBy(a => a.Description != null || a.DesiredResults != null || a.FirstSteps != null ? 0 : 1).ThenBy(a => a.Id)
                        .Select(a => (int?)a.Id).FirstOrDefault(),
                    Skipped = db.Set<SkippedStep>().Where(s => s.OrganisationId == id && s.TrajectoryId == t.Id).OrderBy(s => s.SkippedAt).ThenBy(s => s.Id)
                        .Select(s => new SkippedStepRow(s.Id, s.TrajectoryId, s.StepKey, s.Reason, s.SkippedByName, s.SkippedAt)).ToList(),
                }));

    /// <summary>Every goal with whether it meets all SMART elements; the owners' possible names are read only when a goal names an owner.</summary>
    private static async Task<IReadOnlyList<GoalFacts>> GoalsAsync(CirculairDbContext db, int id, TimeProvider clock, Func<CancellationToken, Task<SmartContext>>? smart, CancellationToken ct)
    {
        var goals = await db.StrategyGoals.InOrganisation(id)
            .OrderBy(g => g.Id)
            .Select(g => new
            {
                g.Id,
                g.TrajectoryId,
                Details = new GoalDetails
                {
                    Statement = g.Statement, Indicator = g.Indicator, TargetValue = g.TargetValue, Unit = g.Unit, BaselineValue = g.BaselineValue,
                    BaselineYear = g.BaselineYear, Deadline = g.Deadline, Owner = g.Owner, RealismNote = g.RealismNote,
                },
            })
            .ToListAsync(ct);
        if (goals.Count == 0)
        {
            return [];
        }
        var context = goals.Any(g => !string.IsNullOrWhiteSpace(g.Details.Owner))
            ? await (smart ?? (c => SmartContexts.LoadAsync(db, id, clock, c)))(ct)
            : new SmartContext(StakeholderLabels.Today(clock), []);
        var complete = Enum.GetValues<SmartElement>().Length;
        return [.. goals.Select(g => new GoalFacts(g.Id, g.TrajectoryId, SmartChecklist.MetCount(g.Details, context) == complete))];
    }
}
