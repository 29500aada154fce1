using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Tool 7, the action sheet: one form for every field; readers see it as a document. The print view is beside it.</summary>
public sealed class SheetModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public SheetInput Input { get; set; } = new();

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
