using Circulair.Budget;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget.Funding;

/// <summary>Changes or removes a funding application (its status, the amount granted…).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [FromRoute]
    public int FundingApplicationId { get; set; }

    [BindProperty]
    public FundingInput Input { get; set; } = new();

    public FundingApplication Application { get; private set; } = null!;
    public BudgetActionName Action { get; private set; } = null!;
    public int TrajectoryId { get; private set; }

    public string BudgetUrl => $"/o/{current.Value.Slug}/trajectories/{TrajectoryId}/actions/{Action.Id}/budget";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = FundingInput.From(Application.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Input.Check(ModelState, t) is not { } details)
        {
            return Page();
        }
        Application.Describe(details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Budget.Funding.Saved";
        return Redirect(BudgetUrl);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        db.FundingApplications.Remove(Application);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Budget.Funding.Deleted";
        return Redirect(BudgetUrl);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var orgId = current.Value.Id;
        var application = await db.FundingApplications.InOrganisation(orgId).FirstOrDefaultAsync(f => f.Id == FundingApplicationId, ct);
        if (application is null)
        {
            return false;
        }
        var action = await db.PlannedActions.InOrganisation(orgId).Where(a => a.Id == application.PlannedActionId)
            .Select(a => new { Name = new BudgetActionName(a.Id, a.Number, a.Title, null), a.TrajectoryId }).FirstOrDefaultAsync(ct);
        if (action is null)
        {
            return false;
        }
        (Application, Action, TrajectoryId) = (application, action.Name, action.TrajectoryId);
        return true;
    }
}
