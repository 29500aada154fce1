using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using ActionFollowUpView = Circulair.Web.Features.FollowUp.ActionFollowUpView;
using UpdatesModel = Circulair.Web.Features.FollowUp.UpdatesModel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>
/// One action: its fields, the golden thread upward (line → goal → domain → scan evidence → vision), the
/// stakeholders involved (trekker and partners with their roles), its Tool 6 scores and a summary of its Tool 7 sheet.
/// </summary>
/// <remarks>
/// Read in a few commands (decision 0340's budget): one row with the action, its trajectory, the thread upward, the
/// vision, the idea it came from, the trekker's name, its scores and sheet counts as subqueries and its budget years;
/// one for the partners; the follow-up's settings, updates and milestones (which also give the sheet's milestone
/// counts). The whole strategy tree and every member and stakeholder were read here before to find one line, goal and
/// domain and a few names.
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
                // Summed here: SQLite cannot sum decimals in SQL.
                Budget = a.Budget.Select(y => new BudgetEntry(y.Year, y.Fte, y.Euros)).ToList(),
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
        Budget = BudgetSummary.Of(row.Budget);

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
        Partners = [.. (await Db.ActionPartners.Where(p => p.PlannedActionId == action.Id)
                .Select(p => new { p.Position, p.StakeholderId, p.Role, Name = stakeholders.Where(s => s.Id == p.StakeholderId).Select(s => s.Name).FirstOrDefault() })
                .ToListAsync(ct))
            .OrderBy(p => p.Position).Select(p => (p.StakeholderId, p.Name ?? "?", p.Role))];
        Idea = row.IdeaId is { } ideaId ? (ideaId, row.IdeaTitle!) : null;

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var input = UpdatesModel.NewInput(action, today);
        FollowUp = await UpdatesModel.LoadViewAsync(Db, org, action, Link($"/actions/{action.Id}/updates"), CanEdit, today, input, ct);
        ViewData["StatusItems"] = UpdatesModel.StatusItems(t, FollowUp.Settings);

        var milestones = FollowUp.OpenMilestones.Count + FollowUp.DoneMilestones.Count;
        Sheet = new SheetCounts(
            action.Sheet.IsStarted || milestones > 0 || row.Steps > 0 || row.Risks > 0 || row.Budget.Count > 0,
            action.Description, milestones, FollowUp.DoneMilestones.Count, row.Steps, row.Risks);
        return Page();
    }
}

/// <summary>A Tool 6 score's mean and spread over the raters.</summary>
public sealed record ScoreRange(double Mean, int Min, int Max);

/// <summary>What the sheet summary shows: whether anything is filled in, the description and how many rows each list has.</summary>
public sealed record SheetCounts(bool IsStarted, string? Description, int Milestones, int MilestonesDone, int Steps, int Risks);
