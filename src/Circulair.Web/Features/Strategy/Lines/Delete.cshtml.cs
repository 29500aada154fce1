using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Lines;

/// <summary>Removes an action line (a Coördinator's decision); its actions are kept, without a line, to be placed again.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int ActionLineId { get; set; }

    public string Title { get; private set; } = "";
    public int Actions { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var title = await Db.ActionLines.InOrganisation(Org.Id).Where(l => l.Id == ActionLineId && l.TrajectoryId == TrajectoryId).Select(l => l.Title).FirstOrDefaultAsync(ct);
        if (title is null)
        {
            return NotFound();
        }
        Title = title;
        Actions = await Db.PlannedActions.InOrganisation(Org.Id).CountAsync(a => a.ActionLineId == ActionLineId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var line = await Db.ActionLines.InOrganisation(Org.Id).FirstOrDefaultAsync(l => l.Id == ActionLineId && l.TrajectoryId == TrajectoryId, ct);
        if (line is null)
        {
            return NotFound();
        }
        await LineChanges.RemoveAsync(Db, Org.Id, line, ct);
        TempData["Flash"] = "Strategy.Line.Deleted";
        return Redirect(Link($"/goals/{line.StrategyGoalId}"));
    }
}
