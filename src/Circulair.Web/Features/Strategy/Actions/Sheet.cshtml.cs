using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>
/// Tool 7, the action sheet: one form for every field; readers see it as a document. The print view is beside it.
/// Each list has an "Extra rij" button that posts the form back with one more empty row and saves nothing (with
/// JavaScript, sheet-rows.js adds the row on the page instead). Below the sheet, the list for executing a priority action.
/// </summary>
public sealed class SheetModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public SheetInput Input { get; set; } = new();

    /// <summary>Set by an "Extra rij" button: the list to add an empty row to. The page comes back with everything typed, nothing saved.</summary>
    [BindProperty]
    public string? AddRow { get; set; }

    public PlannedAction Action { get; private set; } = null!;
    public SheetView? View { get; private set; }
    public StrategyPeople People { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!CanEdit)
        {
            View = await SheetView.LoadAsync(Db, Org.Id, TrajectoryId, PlannedActionId, ct);
            return Page();
        }
        Input = SheetInput.From(Action.Sheet);
        Input.AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (AddRow is { } list && SheetInput.Lists.Contains(list))
        {
            // Without JavaScript a row is added by a round trip; sheet-rows.js does it on the page.
            Input.AddRow(list);
            return Page();
        }
        var sheet = Input.Validate(ModelState, t, People.Stakeholders.Select(s => s.Owner.Id).ToHashSet());
        if (sheet is null)
        {
            return Page();
        }
        Action.DescribeSheet(sheet, clock.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Strategy.Sheet.Saved";
        return Redirect(Link($"/actions/{Action.Id}/sheet"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id)
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        People = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        ViewData["StakeholderItems"] = People.StakeholderItems(t);
        ViewData["RiskItems"] = StrategyLabels.EnumItems<RiskLevel>(t, t["Strategy.Sheet.NoLevel"]);
        return true;
    }
}
