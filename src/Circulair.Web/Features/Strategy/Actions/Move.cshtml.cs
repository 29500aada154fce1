using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>
/// Moves an action to another action line (or takes it out of every line). A line below a dropped domain is listed
/// but refused with the reason the team gave for dropping the domain.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class MoveModel(CirculairDbContext db, CurrentOrganisation current, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    [Display(Name = "Field.PlannedAction.ActionLineId")]
    public int? LineId { get; set; }

    public PlannedAction Action { get; private set; } = null!;
    public IReadOnlyList<LineChoice> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        LineId = Action.ActionLineId;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var choice = LineId is { } id ? Lines.FirstOrDefault(l => l.Id == id) : null;
        if (LineId is not null && choice is null)
        {
            ModelState.AddModelError(nameof(LineId), t["Strategy.Validation.UnknownLine"]);
        }
        else if (choice is { InDroppedDomain: true })
        {
            ModelState.AddModelError(nameof(LineId), t["Strategy.Validation.LineInDroppedDomain", choice.Title, choice.DomainLabel, choice.Reason ?? ""]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var target = LineId is { } lineId ? await Db.ActionLines.InOrganisation(Org.Id).Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == lineId, ct) : null;
        var source = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId && a.ActionLineId == Action.ActionLineId).ToListAsync(ct);
        var siblings = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.TrajectoryId == TrajectoryId && a.ActionLineId == LineId).ToListAsync(ct);
        Action.MoveTo(target, source, siblings);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Action.Moved";
        return Redirect(Link("/strategy") + $"#action-{Action.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).FirstOrDefaultAsync(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        Lines = await LineChoice.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        ViewData["LineItems"] = LineChoice.Items(Lines, t, t["Strategy.Action.NoLine"]);
        return true;
    }
}
