using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Edits an action's fields; choosing another line moves it there (last), never into a dropped domain.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public ActionInput Input { get; set; } = new();

    public PlannedAction Action { get; private set; } = null!;
    public IReadOnlyList<LineChoice> Lines { get; private set; } = [];
    public StrategyPeople People { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = ActionInput.From(Action);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var details = await ActionChecks.ValidateAsync(Input, ModelState, Db, Org.Id, TrajectoryId, Action.Id, Lines, People, t, ct);
        if (details is null)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        Action.Classify(string.IsNullOrEmpty(Input.RStrategy) ? null : Input.RStrategy, Input.ValueChain, Action.SubdomainCode, now);
        await ActionChanges.UpdateAsync(Db, Org.Id, Action, details, Input.LineId, now, ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link($"/actions/{Action.Id}"));
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
        People = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        ViewData["LineItems"] = LineChoice.Items(Lines, t, t["Strategy.Action.NoLine"]);
        ViewData["OwnerItems"] = People.OwnerItems(t);
        return true;
    }
}
