using System.Globalization;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>
/// Tool 7, the action sheet: one form for every field; readers see it as a document. The print view is beside it.
/// Each list has an "Extra rij" button that posts the form back with one more empty row and saves nothing (with
/// JavaScript, sheet-rows.js adds the row on the page instead). Below the sheet, the list for executing a priority action.
/// A partner is picked from the chosen ones and at most 50 others of the register; "Zoeken" posts the form back in the
/// same way with the stakeholders whose name matches (decision 0416), so a register of thousands does not make the page
/// a quarter of a megabyte.
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

    /// <summary>What to look for in the register's names; <see cref="FindPartners"/> is its button.</summary>
    [BindProperty]
    public string? PartnerSearch { get; set; }

    [BindProperty]
    public bool FindPartners { get; set; }

    public PlannedAction Action { get; private set; } = null!;
    public SheetView? View { get; private set; }
    public StakeholderChoices Partners { get; private set; } = StakeholderChoices.None;

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
        await LoadPartnersAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        await LoadPartnersAsync(ct);
        if (AddRow is { } list && SheetInput.Lists.Contains(list))
        {
            // Without JavaScript a row is added by a round trip; sheet-rows.js does it on the page.
            Input.AddRow(list);
            return Page();
        }
        if (FindPartners)
        {
            // The search for a partner is a round trip too: everything typed comes back, nothing is saved.
            return Page();
        }
        var sheet = Input.Validate(ModelState, t, Partners.Ids);
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
        ViewData["RiskItems"] = StrategyLabels.EnumItems<RiskLevel>(t, t["Strategy.Sheet.NoLevel"]);
        return true;
    }

    /// <summary>The partners the form holds (saved or posted) and the register's names that match the search.</summary>
    private async Task LoadPartnersAsync(CancellationToken ct)
    {
        var chosen = Input.Partners.Where(p => p.StakeholderId is not null).Select(p => p.StakeholderId!.Value);
        Partners = await StakeholderChoices.LoadAsync(Db, Org.Id, chosen, PartnerSearch, ct);
        ViewData["StakeholderItems"] = new List<SelectListItem>
        {
            new(t["Shared.Choose"], ""),
        }.Concat(Partners.Options.Select(o => new SelectListItem(o.Name, o.Id.ToString(CultureInfo.InvariantCulture)))).ToList();
    }
}
