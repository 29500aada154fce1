using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>
/// Removes a goal with its action lines (a Coördinator's decision). Its actions are kept: they lose their line and
/// show up as actions without a goal in the tree and the golden thread, to be placed again.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int StrategyGoalId { get; set; }

    public string Statement { get; private set; } = "";
    public int Lines { get; private set; }
    public int Actions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var goal = await Db.StrategyGoals.InOrganisation(Org.Id).Where(g => g.Id == StrategyGoalId && g.TrajectoryId == TrajectoryId).Select(g => g.Statement).FirstOrDefaultAsync(ct);
        if (goal is null)
        {
            return NotFound();
        }
        Statement = goal;
        Lines = await Db.ActionLines.InOrganisation(Org.Id).CountAsync(l => l.StrategyGoalId == StrategyGoalId, ct);
        Actions = await Db.PlannedActions.InOrganisation(Org.Id).CountAsync(a => a.Line != null && a.Line.StrategyGoalId == StrategyGoalId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var goal = await Db.StrategyGoals.InOrganisation(Org.Id).FirstOrDefaultAsync(g => g.Id == StrategyGoalId && g.TrajectoryId == TrajectoryId, ct);
        if (goal is null)
        {
            return NotFound();
        }
        await GoalChanges.RemoveAsync(Db, Org.Id, goal, ct);
        TempData["Flash"] = "Strategy.Goal.Deleted";
        return Redirect(Link("/strategy"));
    }
}
