using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>
/// The strategy as a tree (guide, Figure 9): retained, dropped and undecided domains, their goals, the goals' action
/// lines and the lines' actions, plus the actions without a line. One form carries the reorder buttons: the pressed
/// button says what moves where ("goal:12:up", "line:5:down", "action:7:up"). Moving an action to another line has
/// its own page (Actions/Move).
/// </summary>
public sealed class OverviewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty]
    public string? Command { get; set; }

    public StrategyTree Tree { get; private set; } = null!;

    /// <summary>Whether the strategy is adopted and which actions changed or are new since (phase 3).</summary>
    public Circulair.Web.Features.FollowUp.AdoptionState Adoption { get; private set; } = Circulair.Web.Features.FollowUp.AdoptionState.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadStrategyWithTreeAsync(TreeParts.WithoutActions, clock, ct) is not { } tree)
        {
            return NotFound();
        }
        // When adopted, the actions read for the comparison with the adopted version are the tree's actions too.
        (Adoption, var actions) = await Circulair.Web.Features.FollowUp.AdoptionState.LoadWithChangesAsync(Db, Org.Id, TrajectoryId, ct);
        Tree = tree.WithActions(actions ?? await StrategyTree.ActionNodesAsync(Db, Org.Id, TrajectoryId, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var parts = (Command ?? "").Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], out var id) || parts[2] is not ("up" or "down"))
        {
            return BadRequest();
        }
        var delta = parts[2] == "up" ? -1 : 1;
        var org = Org.Id;
        switch (parts[0])
        {
            case "goal":
                var goal = await Db.StrategyGoals.InOrganisation(org).FirstOrDefaultAsync(g => g.Id == id && g.TrajectoryId == TrajectoryId, ct);
                if (goal is null)
                {
                    return NotFound();
                }
                TreeOrder.Move(await Db.StrategyGoals.InOrganisation(org).Where(g => g.StrategyDomainId == goal.StrategyDomainId).ToListAsync(ct), goal, delta);
                break;
            case "line":
                var line = await Db.ActionLines.InOrganisation(org).FirstOrDefaultAsync(l => l.Id == id && l.TrajectoryId == TrajectoryId, ct);
                if (line is null)
                {
                    return NotFound();
                }
                TreeOrder.Move(await Db.ActionLines.InOrganisation(org).Where(l => l.StrategyGoalId == line.StrategyGoalId).ToListAsync(ct), line, delta);
                break;
            case "action":
                var action = await Db.PlannedActions.InOrganisation(org).FirstOrDefaultAsync(a => a.Id == id && a.TrajectoryId == TrajectoryId, ct);
                if (action is null)
                {
                    return NotFound();
                }
                TreeOrder.Move(await Db.PlannedActions.InOrganisation(org).Where(a => a.TrajectoryId == TrajectoryId && a.ActionLineId == action.ActionLineId).ToListAsync(ct), action, delta);
                break;
            default:
                return BadRequest();
        }
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Tree.Moved";
        return Redirect(Link("/strategy") + $"#{parts[0]}-{id}");
    }
}
