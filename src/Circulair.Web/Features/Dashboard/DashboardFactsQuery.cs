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
    public static async Task<DashboardFacts> LoadAsync(CirculairDbContext db, int organisationId, string organisationSlug, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var counts = await CountsAsync(db, organisationId, today, ct);
        var follow = await FollowRowsAsync(db, organisationId, ct);
        var trajectories = await TrajectoriesAsync(db, organisationId, ct);
        var goals = await GoalsAsync(db, organisationId, clock, ct);
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
            Goals = trajectories.Count == 0 ? [] : await GoalsAsync(db, organisationId, clock, ct),
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

    private static Task<Counts> CountsAsync(CirculairDbContext db, int id, DateOnly today, CancellationToken ct)
    {
        // Each set scoped once; EF Core inlines these queryables into the one command as subqueries.
        var stakeholders = db.Stakeholders.InOrganisation(id);
        var active = stakeholders.WithApproach(StakeholderApproach.ContinuEnActiefManagement);
        var trajectories = db.Trajectories.InOrganisation(id).OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id);
        var canvases = db.VisionCanvases.InOrganisation(id);
        var notes = db.VisionNotes.InOrganisation(id);
        var versions = db.VisionVersions.InOrganisation(id);
        var amoreRounds = db.AmoreRounds.InOrganisation(id);
        var amoreRatings = db.AmoreRatings.InOrganisation(id);
        var datasets = db.ScanDatasets.InOrganisation(id);
        var assessments = db.ScanDomainAssessments.InOrganisation(id);
        var domains = db.StrategyDomains.InOrganisation(id);
        var ideas = db.StrategyIdeas.InOrganisation(id);
        var actions = db.PlannedActions.InOrganisation(id);
        var workshops = db.Workshops.InOrganisation(id);
        var pilots = db.Pilots.InOrganisation(id);
        var cards = db.PilotTestCards.InOrganisation(id);
        var decisions = db.PoliticalDecisions.InOrganisation(id);
        var adoptions = db.AdoptedVersions.InOrganisation(id);
        // Read only through a correlation with one of the organisation's actions (m.PlannedActionId == a.Id), which scopes
        // them already. Not filtered on the organisation as well: with that filter SQLite picks the (OrganisationId, …)
        // index and reads every row of the organisation for each action; without it the PlannedActionId index answers.
        var milestones = db.ActionMilestones.AsQueryable();
        var settings = db.FollowUpSettings.InOrganisation(id);
        var contacts = db.OwnerContacts.InOrganisation(id);
        var followed = actions.Where(a => a.Status == ActionStatus.Gepland || a.Status == ActionStatus.Lopend || a.Status == ActionStatus.OnHold);
        var trekkers = contacts.Where(c => c.Role == OwnerRole.Trekker).Select(c => c.PlannedActionId);
        var rounds = db.HealthCheckRounds.InOrganisation(id).OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id);
        var scanPopulations = db.ScanPopulations.InOrganisation(id);
        var ratings = db.HealthCheckRatings.InOrganisation(id);
        var coordination = db.CoordinationRoles.InOrganisation(id);
        var platforms = db.GovernancePlatforms.InOrganisation(id);
        var meetings = db.PlatformMeetings.InOrganisation(id);
        var plan = db.BbcEntries.InOrganisation(id);
        var applications = db.FundingApplications.InOrganisation(id);

        var open = actions.Where(a => a.Status != ActionStatus.Afgerond && a.Status != ActionStatus.Stopgezet);

        return db.Organisations.Where(o => o.Id == id).Select(o => new Counts
        {
            Stakeholders = new StakeholderProgress.Facts
            {
                Total = stakeholders.Count(),
                Unrated = stakeholders.Count(s => s.Power == null || s.Interest == null),
                Active = active.Count(),
            },
            LatestTrajectory = new TrajectoryProgress.Facts
            {
                Id = trajectories.Select(t => (int?)t.Id).FirstOrDefault(),
                Title = trajectories.Select(t => t.Title).FirstOrDefault(),
                Status = trajectories.Select(t => (TrajectoryStatus?)t.Status).FirstOrDefault(),
                Sessions = trajectories.Select(t => t.Sessions.Count).FirstOrDefault(),
                Held = trajectories.Select(t => t.Sessions.Count(s => s.Minutes != null || s.Decisions != null)).FirstOrDefault(),
            },
            Vision = new VisionProgress.Facts
            {
                Versions = versions.Count(),
                CanvasContent = canvases.Any(c => c.Statement != null || c.Why != null || c.Results != null || c.AlreadyHappening != null) || notes.Any(),
                AmoreRounds = amoreRounds.Count(),
                AmoreRatings = amoreRatings.Count(),
            },
            Scan = new ScanProgress.Facts
            {
                Datasets = datasets.Count(),
                DatasetsWithData = datasets.Count(d => d.ObservationCount > 0),
                Promising = assessments.Count(a => a.IsPromising),
            },
            Strategy = new StrategyProgress.Facts
            {
                Retained = domains.Count(d => d.Decision == DomainDecision.Behouden),
                Dropped = domains.Count(d => d.Decision == DomainDecision.LatenVallen),
                Ideas = ideas.Count(),
                Promoted = ideas.Count(i => i.PromotedActionId != null),
                Actions = actions.Count(),
                Rated = actions.Count(a => a.RatingCount > 0),
                Sheets = actions.Count(a => a.Description != null || a.DesiredResults != null || a.FirstSteps != null),
            },
            Workshops = new WorkshopProgress.Facts
            {
                Workshops = workshops.Count(),
                Running = workshops.Count(w => w.Status == WorkshopStatus.Actief),
                Ended = workshops.Count(w => w.Status == WorkshopStatus.Beeindigd),
                Held = workshops.SelectMany(w => w.Activities).Count(a => a.OpenedAt != null),
                NewestRunningId = workshops.Where(w => w.Status == WorkshopStatus.Actief).OrderByDescending(w => w.Id).Select(w => (int?)w.Id).FirstOrDefault(),
            },
            Pilots = new PilotProgress.Facts
            {
                Pilots = pilots.Count(),
                Furthest = pilots.Max(p => (PilotStep?)p.Step),
                NewestId = pilots.OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefault(),
                TestCards = cards.Count(),
                Validated = cards.Count(c => c.Result == LearningResult.Gevalideerd),
                NotValidated = cards.Count(c => c.Result == LearningResult.NietGevalideerd),
                Unclear = cards.Count(c => c.Result == LearningResult.Onduidelijk),
            },
            FollowUp = new FollowUpProgress.Facts
            {
                Decisions = decisions.Count(),
                AdoptedOn = adoptions.OrderByDescending(v => v.AdoptedOn).Select(v => (DateOnly?)v.AdoptedOn).FirstOrDefault(),
                Actions = actions.Count(),
                Late = open.Count(a => a.EndDate < today || milestones.Any(m => m.PlannedActionId == a.Id && !m.Done && m.Date < today)),
            },
            Cycle = settings.Select(s => (FollowUpCycle?)s.Cycle).FirstOrDefault(),
            Owners = new OwnersProgress.Facts
            {
                Owners = contacts.Select(c => c.EmailKey).Distinct().Count(),
                Followed = followed.Count(),
                WithoutTrekker = followed.Count(a => !trekkers.Contains(a.Id)),
            },
            Governance = new GovernanceProgress.Facts
            {
                Coordination = coordination.Any(),
                Platforms = platforms.Count(),
                Meetings = meetings.Count(),
            },
            Budget = new BudgetProgress.Facts { PlanEntries = plan.Count() },
            HealthCheck = new HealthCheckProgress.Facts
            {
                LatestTitle = rounds.Select(r => r.Title).FirstOrDefault(),
                LatestOpenedAt = rounds.Select(r => (DateTime?)r.OpenedAt).FirstOrDefault(),
                LatestRaters = rounds.Select(r => r.Ratings.Count).FirstOrDefault(),
                Rounds = rounds.Count(),
                HasRatings = ratings.Any(),
            },
            Library = new LibraryProgress.Facts
            {
                PopulationKnown = o.Population != null || scanPopulations.Any(),
                Applications = applications.Count(),
            },
        }).SingleAsync(ct);
    }

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
        var visionCanvases = db.VisionCanvases.InOrganisation(id);
        var amoreRounds = db.AmoreRounds.InOrganisation(id);
        var assessments = db.ScanDomainAssessments.InOrganisation(id);
        var strategyDomains = db.StrategyDomains.InOrganisation(id);
        var actions = db.PlannedActions.InOrganisation(id);
        var open = actions.Where(a => a.Status != ActionStatus.Stopgezet);
        var withoutTrekker = open.Where(a => a.OwnerUserId == null && a.OwnerStakeholderId == null);
        var withoutScores = open.Where(a => a.RatingCount == 0);
        var adoptions = db.AdoptedVersions.InOrganisation(id);
        // Correlated with the organisation's actions below, so not filtered on the organisation (see CountsAsync's milestones).
        var budgetYears = db.ActionBudgetYears.Where(y => y.Euros != null || y.Fte != null);
        var spendings = db.ActionSpendings.Where(s => s.Committed != null || s.Spent != null);
        var skipped = db.SkippedSteps.InOrganisation(id);
        return await db.Trajectories.InOrganisation(id)
            .Where(t => t.Status != TrajectoryStatus.Stopgezet)
            .OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id)
            .Select(t => new TrajectoryFacts
            {
                Id = t.Id,
                Title = t.Title,
                Status = t.Status,
                CoreTeamPlanned = t.Sessions.Any(s => s.Kind == SessionKind.Kernteam && (s.Date != null || s.Minutes != null || s.Decisions != null)),
                CoreTeamSessionId = t.Sessions.Where(s => s.Kind == SessionKind.Kernteam).OrderBy(s => s.Position).Select(s => (int?)s.Id).FirstOrDefault(),
                HasVisionStatement = visionCanvases.Any(c => c.TrajectoryId == t.Id && c.Statement != null),
                AmoreRounds = amoreRounds.Count(r => r.TrajectoryId == t.Id),
                // A shortlisted domain is open until the strategy records its support or a decision on it.
                ShortlistOpen = assessments.Count(a => a.IsPromising
                    && !strategyDomains.Any(d => d.TrajectoryId == t.Id && d.DomainCode == a.DomainCode && (d.Support != null || d.Decision != null))),
                OpenActions = open.Count(a => a.TrajectoryId == t.Id),
                WithoutTrekker = withoutTrekker.Count(a => a.TrajectoryId == t.Id),
                FirstWithoutTrekker = withoutTrekker.Where(a => a.TrajectoryId == t.Id).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                WithoutScores = withoutScores.Count(a => a.TrajectoryId == t.Id),
                FirstWithoutScores = withoutScores.Where(a => a.TrajectoryId == t.Id).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefault(),
                Adopted = adoptions.Any(v => v.TrajectoryId == t.Id),
                Actions = actions.Count(a => a.TrajectoryId == t.Id),
                ActionsWithBudget = actions.Count(a => a.TrajectoryId == t.Id
                    && (budgetYears.Any(y => y.PlannedActionId == a.Id) || spendings.Any(s => s.PlannedActionId == a.Id))),
                FirstSheetActionId = actions.Where(a => a.TrajectoryId == t.Id)
                    .OrderBy(a => a.Description != null || a.DesiredResults != null || a.FirstSteps != null ? 0 : 1).ThenBy(a => a.Id)
                    .Select(a => (int?)a.Id).FirstOrDefault(),
                Skipped = skipped.Where(s => s.TrajectoryId == t.Id).OrderBy(s => s.SkippedAt).ThenBy(s => s.Id)
                    .Select(s => new SkippedStepRow(s.Id, s.TrajectoryId, s.StepKey, s.Reason, s.SkippedByName, s.SkippedAt)).ToList(),
            })
            .ToListAsync(ct);
    }

    /// <summary>Every goal with whether it meets all SMART elements; the owners' possible names are read only when a goal names an owner.</summary>
    private static async Task<IReadOnlyList<GoalFacts>> GoalsAsync(CirculairDbContext db, int id, TimeProvider clock, CancellationToken ct)
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
            ? await SmartContexts.LoadAsync(db, id, clock, ct)
            : new SmartContext(StakeholderLabels.Today(clock), []);
        var complete = Enum.GetValues<SmartElement>().Length;
        return [.. goals.Select(g => new GoalFacts(g.Id, g.TrajectoryId, SmartChecklist.MetCount(g.Details, context) == complete))];
    }
}
