using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Scan;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using ActionFollowUpView = Circulair.Web.Features.FollowUp.ActionFollowUpView;
using UpdatesModel = Circulair.Web.Features.FollowUp.UpdatesModel;
using FollowUpData = Circulair.Web.Features.FollowUp.FollowUpData;
using MilestoneRow = Circulair.Web.Features.FollowUp.MilestoneRow;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>
/// One action: its fields, the golden thread upward (line → goal → domain → scan evidence → vision), the
/// stakeholders involved (trekker and partners with their roles), its Tool 6 scores and a summary of its Tool 7 sheet.
/// </summary>
/// <remarks>
/// Read in a few commands (decision 0340's budget, decision 0460): one row with the action, its trajectory, the thread
/// upward, the vision, the idea it came from, the trekker's name, the region it came from, its scores and sheet counts
/// as subqueries and the organisation's follow-up settings; one for the lists of its sheet (partners, milestones, budget
/// years: a UNION ALL, so neither multiplies the other); its updates; the names a goal's owner may be; the scan's
/// evidence (two). The indicator chain and the history read one each.
/// </remarks>
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, RankingCalculator calculator, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    /// <summary>The action's own fields; its lists (sheet, partners, ratings) are not loaded: the page shows them through the properties below.</summary>
    public PlannedAction Action { get; private set; } = null!;
    public ThreadUp Up { get; private set; } = null!;
    public string? OwnerName { get; private set; }
    public bool OwnerIsMember { get; private set; }
    public IReadOnlyList<(int Id, string Name, string? Role)> Partners { get; private set; } = [];
    public (int Id, string Title)? Idea { get; private set; }
    public ScoreRange? Impact { get; private set; }
    public ScoreRange? Effort { get; private set; }
    public BudgetSummary Budget { get; private set; } = BudgetSummary.None;
    public SheetCounts Sheet { get; private set; } = null!;

    /// <summary>The region whose template the action was adopted from (null: none, or not found).</summary>
    public string? RegionName { get; private set; }

    /// <summary>Phase 3: the update timeline, the late and stale flags and the form to add an update (it posts to the updates page).</summary>
    public ActionFollowUpView FollowUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var org = Org.Id;
        var trajectories = Db.Trajectories.InOrganisation(org);
        var visions = Db.VisionCanvases.InOrganisation(org);
        var ideas = Db.StrategyIdeas.InOrganisation(org);
        var members = Db.Memberships.InOrganisation(org);
        var stakeholders = Db.Stakeholders.InOrganisation(org);
        var settings = Db.FollowUpSettings.InOrganisation(org);
        var statuses = Db.ActionStatusSettings.InOrganisation(org);
        // Locals: an expression tree cannot name an extension property.
        IQueryable<RegionTemplate> templates = Db.RegionTemplates;
        IQueryable<Circulair.Organisations.Organisation> organisations = Db.Organisations;
        var row = await Db.PlannedActions.InOrganisation(org).AsNoTracking()
            .Where(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId)
            .Select(a => new
            {
                Action = a,
                Trajectory = trajectories.Where(x => x.Id == a.TrajectoryId).Select(x => x.Title).FirstOrDefault(),
                Line = a.Line == null ? null : new LineNode(a.Line.Id, a.Line.StrategyGoalId, a.Line.Position, a.Line.Title),
                Goal = a.Line == null ? null : new GoalNode(a.Line.Goal.Id, a.Line.Goal.StrategyDomainId, a.Line.Goal.Position, new GoalDetails
                {
                    Statement = a.Line.Goal.Statement, Indicator = a.Line.Goal.Indicator, TargetValue = a.Line.Goal.TargetValue, Unit = a.Line.Goal.Unit,
                    BaselineValue = a.Line.Goal.BaselineValue, BaselineYear = a.Line.Goal.BaselineYear, Deadline = a.Line.Goal.Deadline,
                    Owner = a.Line.Goal.Owner, RealismNote = a.Line.Goal.RealismNote,
                }),
                Domain = a.Line == null ? null : new DomainNode(a.Line.Goal.Domain.Id, a.Line.Goal.Domain.DomainCode, a.Line.Goal.Domain.Support,
                    a.Line.Goal.Domain.Decision, a.Line.Goal.Domain.Reason, a.Line.Goal.Domain.DecidedOn),
                Vision = visions.Where(c => c.TrajectoryId == a.TrajectoryId).Select(c => c.Statement).FirstOrDefault(),
                IdeaId = ideas.Where(i => i.PromotedActionId == a.Id).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefault(),
                IdeaTitle = ideas.Where(i => i.PromotedActionId == a.Id).OrderBy(i => i.Id).Select(i => i.Title).FirstOrDefault(),
                // The trekker's name as the strategy's people know it: a member of the organisation or a stakeholder of its register.
                OwnerMember = members.Where(m => m.UserId == a.OwnerUserId).Select(m => m.User.DisplayName).FirstOrDefault(),
                OwnerStakeholder = stakeholders.Where(s => s.Id == a.OwnerStakeholderId).Select(s => s.Name).FirstOrDefault(),
                Steps = a.Steps.Count(),
                Risks = a.Risks.Count(),
                ImpactMean = a.Ratings.Average(r => (double?)r.Impact),
                ImpactMin = a.Ratings.Min(r => (int?)r.Impact),
                ImpactMax = a.Ratings.Max(r => (int?)r.Impact),
                EffortMean = a.Ratings.Average(r => (double?)r.Effort),
                EffortMin = a.Ratings.Min(r => (int?)r.Effort),
                EffortMax = a.Ratings.Max(r => (int?)r.Effort),
                // As RegionOriginViewComponent reads it: the region is another organisation.
                Region = templates.Where(x => x.Key == a.RegionKey).Join(organisations, x => x.OrganisationId, r => r.Id, (x, r) => r.Name).FirstOrDefault(),
                // The follow-up settings (none: the defaults); the statuses are the row's only collection (a handful, or none).
                Cycle = settings.Select(x => (FollowUpCycle?)x.Cycle).FirstOrDefault(),
                Weighting = settings.Select(x => (RollUpWeighting?)x.Weighting).FirstOrDefault(),
                // Correlated with the action's organisation (a join, not an APPLY, which SQLite lacks).
                Statuses = statuses.Where(x => x.OrganisationId == a.OrganisationId).Select(x => new { x.Id, x.Status, x.Label, x.DefaultPercent }).ToList(),
            })
            .FirstOrDefaultAsync(ct);
        if (row?.Trajectory is null)
        {
            return NotFound();
        }
        UseStrategy(new StrategyContext(TrajectoryId, row.Trajectory));
        var action = row.Action;
        Action = action;
        Impact = row.ImpactMean is { } im ? new ScoreRange(im, row.ImpactMin!.Value, row.ImpactMax!.Value) : null;
        Effort = row.EffortMean is { } em ? new ScoreRange(em, row.EffortMin!.Value, row.EffortMax!.Value) : null;
        RegionName = action.RegionKey is null ? null : row.Region;
        var lists = await SheetListsAsync(org, action.Id, ct);
        var budget = lists.Where(l => l.Kind == ListKind.Budget).OrderBy(l => l.Id).Select(l => new BudgetEntry(l.Year, l.Fte, l.Euros)).ToList();
        Budget = BudgetSummary.Of(budget);

        var goal = row.Goal;
        if (goal is not null)
        {
            var smart = await SmartAsync(clock, ct);
            goal = goal with { SmartMet = SmartChecklist.MetCount(goal.Details, smart) };
        }
        var evidence = row.Domain is not { } domain ? DomainEvidence.None
            : await DomainEvidence.LoadAsync(calculator, t, org, domain.Code, ct);
        Up = new ThreadUp(Link(), row.Vision, row.Domain, evidence, goal, row.Line);

        OwnerIsMember = action.Owner?.Kind == OwnerKind.Lid;
        OwnerName = OwnerIsMember ? row.OwnerMember : row.OwnerStakeholder;
        Partners = [.. lists.Where(l => l.Kind == ListKind.Partner).OrderBy(l => l.Position).Select(l => (l.StakeholderId, l.Name ?? "?", l.Role))];
        Idea = row.IdeaId is { } ideaId ? (ideaId, row.IdeaTitle!) : null;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var input = UpdatesModel.NewInput(action, today);
        var followUpSettings = FollowUpData.SettingsOf(org, row.Cycle, row.Weighting, row.Statuses.OrderBy(x => x.Id).Select(x => (x.Status, x.Label, x.DefaultPercent)));
        var updates = await UpdatesModel.UpdatesAsync(Db, org, action.Id, ct);
        var milestoneRows = lists.Where(l => l.Kind == ListKind.Milestone).OrderBy(l => l.Position)
            .Select(l => new MilestoneRow(l.Id, l.Date, l.Description!, l.Done, l.DoneOn)).ToList();
        FollowUp = UpdatesModel.BuildView(action, Link($"/actions/{action.Id}/updates"), CanEdit, today, input, followUpSettings, updates, milestoneRows);
        ViewData["StatusItems"] = UpdatesModel.StatusItems(t, FollowUp.Settings);

        var milestones = FollowUp.OpenMilestones.Count + FollowUp.DoneMilestones.Count;
        Sheet = new SheetCounts(
            action.Sheet.IsStarted || milestones > 0 || row.Steps > 0 || row.Risks > 0 || budget.Count > 0,
            action.Description, milestones, FollowUp.DoneMilestones.Count, row.Steps, row.Risks);
        return Page();
    }

    /// <summary>
    /// The partners (with their names), milestones and budget years of one action in one command: a UNION ALL of one
    /// part per list, each row marked with its kind. Each list fills its own columns, so no column mixes two tables' types.
    /// </summary>
    private Task<List<SheetListRow>> SheetListsAsync(int org, int actionId, CancellationToken ct)
    {
        var stakeholders = Db.Stakeholders.InOrganisation(org);
        // The parts of a set operation must set the same members in the same order: each sets its own and nulls the others'.
        var partners = Db.ActionPartners.Where(p => p.PlannedActionId == actionId).Select(p => new SheetListRow
        {
            Kind = ListKind.Partner, Id = p.Id, Position = p.Position,
            StakeholderId = p.StakeholderId, Role = p.Role, Name = stakeholders.Where(s => s.Id == p.StakeholderId).Select(s => s.Name).FirstOrDefault(),
            Date = null, Description = null, Done = false, DoneOn = null,
            Year = 0, Fte = null, Euros = null,
        });
        var milestones = Db.ActionMilestones.InOrganisation(org).Where(m => m.PlannedActionId == actionId).Select(m => new SheetListRow
        {
            Kind = ListKind.Milestone, Id = m.Id, Position = m.Position,
            StakeholderId = 0, Role = null, Name = null,
            Date = m.Date, Description = m.Description, Done = m.Done, DoneOn = m.DoneOn,
            Year = 0, Fte = null, Euros = null,
        });
        // Summed here: SQLite cannot sum decimals in SQL.
        var budget = Db.ActionBudgetYears.Where(y => y.PlannedActionId == actionId).Select(y => new SheetListRow
        {
            Kind = ListKind.Budget, Id = y.Id, Position = 0,
            StakeholderId = 0, Role = null, Name = null,
            Date = null, Description = null, Done = false, DoneOn = null,
            Year = y.Year, Fte = y.Fte, Euros = y.Euros,
        });
        return partners.Concat(milestones).Concat(budget).AsNoTracking().ToListAsync(ct);
    }

    private enum ListKind
    {
        Partner,
        Milestone,
        Budget,
    }

    /// <summary>One row of <see cref="SheetListsAsync"/>: a partner, a milestone or a budget year (<see cref="Kind"/>).</summary>
    private sealed class SheetListRow
    {
        public ListKind Kind { get; init; }
        public int Id { get; init; }
        public int Position { get; init; }
        public int StakeholderId { get; init; }
        public string? Role { get; init; }
        public string? Name { get; init; }
        public DateOnly? Date { get; init; }
        public string? Description { get; init; }
        public bool Done { get; init; }
        public DateOnly? DoneOn { get; init; }
        public int Year { get; init; }
        public double? Fte { get; init; }
        public decimal? Euros { get; init; }
    }
}

/// <summary>A Tool 6 score's mean and spread over the raters.</summary>
public sealed record ScoreRange(double Mean, int Min, int Max);

/// <summary>What the sheet summary shows: whether anything is filled in, the description and how many rows each list has.</summary>
public sealed record SheetCounts(bool IsStarted, string? Description, int Milestones, int MilestonesDone, int Steps, int Risks);
