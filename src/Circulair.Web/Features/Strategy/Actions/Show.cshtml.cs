using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Strategy;
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
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, RankingCalculator calculator, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    public PlannedAction Action { get; private set; } = null!;
    public ThreadUp Up { get; private set; } = null!;
    public string? OwnerName { get; private set; }
    public bool OwnerIsMember { get; private set; }
    public IReadOnlyList<(int Id, string Name, string? Role)> Partners { get; private set; } = [];
    public (int Id, string Title)? Idea { get; private set; }
    public ScoreSummary? Impact { get; private set; }
    public ScoreSummary? Effort { get; private set; }
    public BudgetSummary Budget { get; private set; } = BudgetSummary.None;

    /// <summary>Phase 3: the update timeline, the late and stale flags and the form to add an update (it posts to the updates page).</summary>
    public ActionFollowUpView FollowUp { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).AsNoTracking()
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget).Include(a => a.Ratings)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId, ct);
        if (action is null)
        {
            return NotFound();
        }
        Action = action;
        Impact = action.ImpactSummary;
        Effort = action.EffortSummary;
        Budget = BudgetSummary.Of(action.Sheet.Budget);

        var tree = await StrategyTree.LoadAsync(Db, Org.Id, TrajectoryId, clock, ct);
        var line = action.ActionLineId is { } l ? tree.Line(l) : null;
        var goal = line is null ? null : tree.Goal(line.GoalId);
        var domain = goal is null ? null : tree.Domain(goal.DomainId);
        var evidence = domain is null ? DomainEvidence.None : await DomainEvidence.LoadAsync(Db, calculator, t, Org.Id, domain.Code, ct);
        Up = new ThreadUp(Link(), await ThreadUp.VisionStatementAsync(Db, Org.Id, TrajectoryId, ct), domain, evidence, goal, line);

        var people = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        OwnerName = people.NameOf(action.Owner);
        OwnerIsMember = action.Owner?.Kind == OwnerKind.Lid;
        Partners = [.. action.Partners.OrderBy(p => p.Position).Select(p => (p.StakeholderId, people.NameOf(ActionOwner.OfStakeholder(p.StakeholderId)) ?? "?", p.Role))];
        var idea = await Db.StrategyIdeas.InOrganisation(Org.Id).Where(i => i.PromotedActionId == action.Id).Select(i => new { i.Id, i.Title }).FirstOrDefaultAsync(ct);
        Idea = idea is null ? null : (idea.Id, idea.Title);

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var input = UpdatesModel.NewInput(action, today);
        FollowUp = await UpdatesModel.LoadViewAsync(Db, Org.Id, action, Link($"/actions/{action.Id}/updates"), CanEdit, today, input, ct);
        ViewData["StatusItems"] = UpdatesModel.StatusItems(t, FollowUp.Settings);
        return Page();
    }
}
