using System.Globalization;
using Circulair.Budget;
using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Budget;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>A progress update of the report's year as printed: no name of who gave it (an owner may be a private person).</summary>
public sealed record ReportUpdate(int ActionId, DateOnly Date, int Percent, ActionStatus Status, string? Text, string? Blocker, string? NextStep);

/// <summary>What the yearly progress report shows, read within one organisation and trajectory (or nothing, when there is none).</summary>
public sealed class ProgressReportData
{
    public required string OrganisationName { get; init; }
    public required ReportTrajectory? Trajectory { get; init; }
    public required int Year { get; init; }
    public required DateTime MadeAt { get; init; }
    public FollowUpData? FollowUp { get; init; }
    public IReadOnlyList<ReportUpdate> Updates { get; init; } = [];
    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
    public BudgetOverview? Budget { get; init; }
    public AdoptedComparison? Changes { get; init; }

    /// <summary>
    /// Reads the report in seven commands besides the page's own (authentication, membership, the trajectory), whatever the
    /// number of actions (decision 0470): the indicators, the follow-up settings, the strategy tree, the actions with every
    /// field the chapters need, one UNION ALL of what hangs below them (<see cref="ListsAsync"/>), the organisation's BBC
    /// plan and the latest adopted version. The follow-up, the budget and the comparison with the adopted version are built
    /// from those rows, with the same rules as their own pages' loaders, which each read the actions again.
    /// </summary>
    public static async Task<ProgressReportData> LoadAsync(CirculairDbContext db, IAdoptedComparison comparison, TimeProvider clock,
        int organisationId, string organisationName, ReportTrajectory? trajectory, int year, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var indicators = await MonitoringData.LoadAsync(db, organisationId, year, ct);
        if (trajectory is null)
        {
            return new ProgressReportData { OrganisationName = organisationName, Trajectory = null, Year = year, MadeAt = now, Indicators = indicators };
        }
        var today = DateOnly.FromDateTime(now);
        var settings = await FollowUpData.SettingsAsync(db, organisationId, ct);
        var (_, upper) = await StrategyTree.LoadWithStrategyAsync(db, organisationId, trajectory.Id, TreeParts.WithoutActions, null, ct);
        var actions = await ActionsAsync(db, organisationId, trajectory.Id, ct);
        var lists = await ListsAsync(db, organisationId, trajectory.Id, year, ct);
        var plan = await BudgetData.PlanAsync(db, organisationId, ct);
        var latest = await db.AdoptedVersions.InOrganisation(organisationId).Where(v => v.TrajectoryId == trajectory.Id)
            .OrderByDescending(v => v.Number).Select(v => new { v.Number, v.AdoptedOn, v.SnapshotJson }).FirstOrDefaultAsync(ct);

        var tree = upper.WithActions([.. actions.OrderBy(a => a.Id).Select(a => new ActionNode(a.Id, a.LineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount))]);
        var of = lists.ToLookup(l => l.Kind);
        var partners = of[ListKind.Partner].OrderBy(r => r.Position).ToLookup(r => r.ActionId, r => new PartnerEntry(r.StakeholderId, r.Role));
        var milestones = of[ListKind.Milestone].OrderBy(r => r.Position).ToLookup(r => r.ActionId, r => new MilestoneEntry(r.MilestoneDate, r.MilestoneText!, r.Done));
        var steps = of[ListKind.Step].OrderBy(r => r.Position).ToLookup(r => r.ActionId, r => new StepEntry(r.Step!, r.Deadline, r.Resources));
        var risks = of[ListKind.Risk].OrderBy(r => r.Position).ToLookup(r => r.ActionId, r => new RiskEntry(r.Risk!, r.Likelihood, r.Impact, r.Mitigation));
        // Budget and spending years in the order of their ids, as their own queries read them.
        var planned = of[ListKind.BudgetYear].OrderBy(r => r.Id).Select(r => new BudgetData.YearRow(r.ActionId, r.Year, r.Euros, r.Fte, null, null)).ToList();
        var spending = of[ListKind.Spending].OrderBy(r => r.Id).Select(r => new BudgetData.YearRow(r.ActionId, r.Year, null, null, r.Committed, r.Spent)).ToList();
        var budgets = planned.ToLookup(p => p.ActionId);

        var followUp = FollowUpData.Of(settings, tree, actions.Select(a => new FollowUpData.ActionRow(
            a.Id, a.Number, a.Title, a.LineId, a.Status, a.Start, a.End, a.OwnerUserId, a.OwnerStakeholderId,
            a.OwnerUserId is not null ? a.OwnerMember : a.OwnerStakeholder, a.CreatedAt, a.LastDate, a.LastPercent,
            [.. milestones[a.Id]], budgets[a.Id].Any() ? budgets[a.Id].Sum(b => b.Planned ?? 0m) : null)), today);
        var budget = BudgetData.OverviewOf(planned, spending, actions.ToDictionary(a => a.Id, a => a.GoalId),
            actions.Where(a => a.Code is not null).ToDictionary(a => a.Id, a => a.Code!), plan);
        var updates = of[ListKind.Update].OrderBy(r => r.UpdateDate).ThenBy(r => r.Id)
            .Select(r => new ReportUpdate(r.ActionId, r.UpdateDate!.Value, r.Percent, r.UpdateStatus!.Value, r.UpdateText, r.Blocker, r.NextStep)).ToList();
        AdoptedComparison? changes = null;
        if (latest is not null)
        {
            var sheets = actions.Select(a => (a.LineId, a.Position, Action: new AdoptedAction(
                a.Id, a.Number, a.Title, a.Status, a.Size, a.Priority, a.Start, a.End, a.OwnerUserId, a.OwnerStakeholderId, a.Neighbours, a.Indicator,
                a.Sheet with
                {
                    Partners = [.. partners[a.Id]], Milestones = [.. milestones[a.Id]], Steps = [.. steps[a.Id]], Risks = [.. risks[a.Id]],
                    Budget = [.. budgets[a.Id].OrderBy(b => b.Year).Select(b => new BudgetEntry(b.Year, b.Fte, b.Planned))],
                })));
            var lineDescriptions = of[ListKind.Line].ToDictionary(r => r.Id, r => r.LineDescription);
            changes = comparison.Compare(latest.Number, latest.AdoptedOn, AdoptedStrategy.FromJson(latest.SnapshotJson), Current(tree, sheets, lineDescriptions));
        }
        return new ProgressReportData
        {
            OrganisationName = organisationName,
            Trajectory = trajectory,
            Year = year,
            MadeAt = now,
            FollowUp = followUp,
            Updates = updates,
            Indicators = indicators,
            Budget = budget,
            Changes = changes,
        };
    }

    /// <summary>
    /// The current strategy as <see cref="AdoptionState.TakeAsync"/> takes it (<see cref="AdoptedStrategy.Of"/>: goals by
    /// domain and place, lines and actions by place), from the tree and the actions' sheets read here.
    /// </summary>
    private static AdoptedStrategy Current(StrategyTree tree, IEnumerable<(int? LineId, int Position, AdoptedAction Action)> actions, IReadOnlyDictionary<int, string?> lineDescriptions)
    {
        var byLine = actions.ToLookup(a => a.LineId ?? 0);
        AdoptedLine Line(LineNode l) => new(l.Id, l.Title, lineDescriptions.GetValueOrDefault(l.Id), [.. byLine[l.Id].OrderBy(a => a.Position).Select(a => a.Action)]);
        var goals = tree.Goals.OrderBy(g => g.DomainId).ThenBy(g => g.Position)
            .Select(g => new AdoptedGoal(g.Id, tree.Domain(g.DomainId)!.Code, g.Details, [.. tree.LinesOf(g.Id).Select(Line)]))
            .ToList();
        return new AdoptedStrategy(AdoptedStrategy.CurrentSchema, goals, [.. byLine[0].OrderBy(a => a.Position).Select(a => a.Action)]);
    }

    /// <summary>
    /// The trajectory's actions, each with every field the report's chapters read (the follow-up's, the budget's goal and
    /// BBC code, the whole sheet for the comparison), its trekker's name and its last update: one command.
    /// </summary>
    private static async Task<List<ActionRead>> ActionsAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        // Names, updates and codes are read through the action, not filtered on the organisation as well (decision 0385).
        var members = db.Memberships.InOrganisation(organisationId);
        var stakeholders = db.Stakeholders.InOrganisation(organisationId);
        var updates = db.ProgressUpdates.AsQueryable();
        var codes = db.ActionBbcLinks.AsQueryable();
        return await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new ActionRead
            {
                Id = a.Id, Number = a.Number, Title = a.Title, LineId = a.ActionLineId, GoalId = a.Line == null ? null : a.Line.StrategyGoalId,
                Position = a.Position, Status = a.Status, Size = a.Size, Priority = a.Priority, Start = a.StartDate, End = a.EndDate,
                OwnerUserId = a.OwnerUserId, OwnerStakeholderId = a.OwnerStakeholderId, Neighbours = a.Neighbours, Indicator = a.Indicator,
                CreatedAt = a.CreatedAt, ImpactMean = a.ImpactMean, EffortMean = a.EffortMean, RatingCount = a.RatingCount,
                Sheet = new ActionSheet
                {
                    Description = a.Description, DesiredResults = a.DesiredResults, PreconditionsTechnical = a.PreconditionsTechnical,
                    PreconditionsLegal = a.PreconditionsLegal, PreconditionsSpatial = a.PreconditionsSpatial, PreconditionsOrganisational = a.PreconditionsOrganisational,
                    FirstSteps = a.FirstSteps, BusinessCase = a.BusinessCase, Funding = a.Funding, Communication = a.Communication, Monitoring = a.Monitoring,
                },
                OwnerMember = members.Where(m => m.UserId == a.OwnerUserId).Select(m => m.User.DisplayName).FirstOrDefault(),
                OwnerStakeholder = stakeholders.Where(s => s.Id == a.OwnerStakeholderId).Select(s => s.Name).FirstOrDefault(),
                LastDate = updates.Where(u => u.PlannedActionId == a.Id).OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(u => (DateOnly?)u.Date).FirstOrDefault(),
                LastPercent = updates.Where(u => u.PlannedActionId == a.Id).OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).Select(u => (int?)u.Percent).FirstOrDefault(),
                Code = codes.Where(l => l.PlannedActionId == a.Id).Select(l => l.Code).FirstOrDefault(),
            })
            .ToListAsync(ct);
    }

    /// <summary>
    /// Everything that hangs below the trajectory's actions, in one command: a UNION ALL of the partners, milestones,
    /// steps, risks, budget years and spending of every action, the updates of the report's year and the lines'
    /// descriptions (for the comparison). Each part marks its rows with their kind and fills only its own columns, so no
    /// column carries two tables' types (decision 0460); the shared ones are ids, positions and years (integers).
    /// </summary>
    private static Task<List<ListRow>> ListsAsync(CirculairDbContext db, int organisationId, int trajectoryId, int year, CancellationToken ct)
    {
        DateOnly first = new(year, 1, 1), last = new(year, 12, 31);
        var actionIds = db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId).Select(a => a.Id);
        // The parts of a set operation must set the same members in the same order: each sets its own and nulls the others'.
        var partners = db.ActionPartners.InOrganisation(organisationId).Where(p => p.Action.TrajectoryId == trajectoryId).Select(p => new ListRow
        {
            Kind = ListKind.Partner, Id = p.Id, ActionId = p.PlannedActionId, Position = p.Position, Year = 0,
            StakeholderId = p.StakeholderId, Role = p.Role,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = null, Deadline = null, Resources = null,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = null, Euros = null, Committed = null, Spent = null,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = null,
        });
        var milestones = db.ActionMilestones.InOrganisation(organisationId).Where(m => m.Action.TrajectoryId == trajectoryId).Select(m => new ListRow
        {
            Kind = ListKind.Milestone, Id = m.Id, ActionId = m.PlannedActionId, Position = m.Position, Year = 0,
            StakeholderId = 0, Role = null,
            MilestoneDate = m.Date, MilestoneText = m.Description, Done = m.Done,
            Step = null, Deadline = null, Resources = null,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = null, Euros = null, Committed = null, Spent = null,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = null,
        });
        var steps = db.ActionSteps.InOrganisation(organisationId).Where(x => x.Action.TrajectoryId == trajectoryId).Select(x => new ListRow
        {
            Kind = ListKind.Step, Id = x.Id, ActionId = x.PlannedActionId, Position = x.Position, Year = 0,
            StakeholderId = 0, Role = null,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = x.Step, Deadline = x.Deadline, Resources = x.Resources,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = null, Euros = null, Committed = null, Spent = null,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = null,
        });
        var risks = db.ActionRisks.InOrganisation(organisationId).Where(r => r.Action.TrajectoryId == trajectoryId).Select(r => new ListRow
        {
            Kind = ListKind.Risk, Id = r.Id, ActionId = r.PlannedActionId, Position = r.Position, Year = 0,
            StakeholderId = 0, Role = null,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = null, Deadline = null, Resources = null,
            Risk = r.Description, Likelihood = r.Likelihood, Impact = r.Impact, Mitigation = r.Mitigation,
            Fte = null, Euros = null, Committed = null, Spent = null,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = null,
        });
        var budgetYears = db.ActionBudgetYears.InOrganisation(organisationId).Where(y => y.Action.TrajectoryId == trajectoryId).Select(y => new ListRow
        {
            Kind = ListKind.BudgetYear, Id = y.Id, ActionId = y.PlannedActionId, Position = 0, Year = y.Year,
            StakeholderId = 0, Role = null,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = null, Deadline = null, Resources = null,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = y.Fte, Euros = y.Euros, Committed = null, Spent = null,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = null,
        });
        var spending = db.ActionSpendings.InOrganisation(organisationId).Where(s => actionIds.Contains(s.PlannedActionId)).Select(s => new ListRow
        {
            Kind = ListKind.Spending, Id = s.Id, ActionId = s.PlannedActionId, Position = 0, Year = s.Year,
            StakeholderId = 0, Role = null,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = null, Deadline = null, Resources = null,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = null, Euros = null, Committed = s.Committed, Spent = s.Spent,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = null,
        });
        var updates = db.ProgressUpdates.InOrganisation(organisationId).Where(u => u.TrajectoryId == trajectoryId && u.Date >= first && u.Date <= last).Select(u => new ListRow
        {
            Kind = ListKind.Update, Id = u.Id, ActionId = u.PlannedActionId, Position = 0, Year = 0,
            StakeholderId = 0, Role = null,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = null, Deadline = null, Resources = null,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = null, Euros = null, Committed = null, Spent = null,
            UpdateDate = u.Date, Percent = u.Percent, UpdateStatus = u.Status, UpdateText = u.Text, Blocker = u.Blocker, NextStep = u.NextStep,
            LineDescription = null,
        });
        var lines = db.ActionLines.InOrganisation(organisationId).Where(l => l.TrajectoryId == trajectoryId).Select(l => new ListRow
        {
            Kind = ListKind.Line, Id = l.Id, ActionId = 0, Position = l.Position, Year = 0,
            StakeholderId = 0, Role = null,
            MilestoneDate = null, MilestoneText = null, Done = false,
            Step = null, Deadline = null, Resources = null,
            Risk = null, Likelihood = null, Impact = null, Mitigation = null,
            Fte = null, Euros = null, Committed = null, Spent = null,
            UpdateDate = null, Percent = 0, UpdateStatus = null, UpdateText = null, Blocker = null, NextStep = null,
            LineDescription = l.Description,
        });
        return partners.Concat(milestones).Concat(steps).Concat(risks).Concat(budgetYears).Concat(spending).Concat(updates).Concat(lines)
            .AsNoTracking().ToListAsync(ct);
    }

    /// <summary>One action of <see cref="ActionsAsync"/>; <see cref="Sheet"/> holds its texts, its lists come from <see cref="ListsAsync"/>.</summary>
    private sealed class ActionRead
    {
        public int Id { get; init; }
        public required string Number { get; init; }
        public required string Title { get; init; }
        public int? LineId { get; init; }
        public int? GoalId { get; init; }
        public int Position { get; init; }
        public ActionStatus Status { get; init; }
        public ActionSize? Size { get; init; }
        public ActionPriority? Priority { get; init; }
        public DateOnly? Start { get; init; }
        public DateOnly? End { get; init; }
        public int? OwnerUserId { get; init; }
        public int? OwnerStakeholderId { get; init; }
        public string? Neighbours { get; init; }
        public string? Indicator { get; init; }
        public DateTime CreatedAt { get; init; }
        public double? ImpactMean { get; init; }
        public double? EffortMean { get; init; }
        public int RatingCount { get; init; }
        public required ActionSheet Sheet { get; init; }
        public string? OwnerMember { get; init; }
        public string? OwnerStakeholder { get; init; }
        public DateOnly? LastDate { get; init; }
        public int? LastPercent { get; init; }
        public string? Code { get; init; }
    }

    private enum ListKind
    {
        Partner,
        Milestone,
        Step,
        Risk,
        BudgetYear,
        Spending,
        Update,
        Line,
    }

    /// <summary>One row of <see cref="ListsAsync"/>: which list it belongs to (<see cref="Kind"/>) says which columns it fills.</summary>
    private sealed class ListRow
    {
        public ListKind Kind { get; init; }
        public int Id { get; init; }
        public int ActionId { get; init; }
        public int Position { get; init; }
        public int Year { get; init; }
        public int StakeholderId { get; init; }
        public string? Role { get; init; }
        public DateOnly? MilestoneDate { get; init; }
        public string? MilestoneText { get; init; }
        public bool Done { get; init; }
        public string? Step { get; init; }
        public DateOnly? Deadline { get; init; }
        public string? Resources { get; init; }
        public string? Risk { get; init; }
        public RiskLevel? Likelihood { get; init; }
        public RiskLevel? Impact { get; init; }
        public string? Mitigation { get; init; }
        public double? Fte { get; init; }
        public decimal? Euros { get; init; }
        public decimal? Committed { get; init; }
        public decimal? Spent { get; init; }
        public DateOnly? UpdateDate { get; init; }
        public int Percent { get; init; }
        public ActionStatus? UpdateStatus { get; init; }
        public string? UpdateText { get; init; }
        public string? Blocker { get; init; }
        public string? NextStep { get; init; }
        public string? LineDescription { get; init; }
    }
}
