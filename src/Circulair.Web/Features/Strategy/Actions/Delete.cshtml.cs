using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Removes an action with its sheet and ratings (a Coördinator's decision). An idea it came from stays, no longer promoted.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var name = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId).Select(a => a.Number + " " + a.Title).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }
        Name = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var action = await ActionChanges.LoadForRemovalAsync(Db, Org.Id, PlannedActionId, ct);
        if (action?.TrajectoryId != TrajectoryId)
        {
            action = null;
        }
        if (action is null)
        {
            return NotFound();
        }
        await ActionChanges.RemoveAsync(Db, Org.Id, action, ct);
        TempData["Flash"] = "Strategy.Action.Deleted";
        return Redirect(Link("/strategy"));
    }
}
