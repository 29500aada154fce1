using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>The budget of one action, for everyone who may read the strategy: per year, its BBC code and its funding applications.</summary>
public sealed class ActionBudgetModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    public BudgetActionName Action { get; private set; } = null!;
    public ActionBudgetView View { get; private set; } = null!;

    public FundingTable FundingTable => new(View.Funding, null, null, CanEdit ? id => $"/o/{OrgSlug}/followup/funding/{id}/edit" : null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId)
            .Select(a => new BudgetActionName(a.Id, a.Number, a.Title, null)).FirstOrDefaultAsync(ct);
        if (action is null)
        {
            return NotFound();
        }
        Action = action;
        View = await ActionBudgetView.LoadAsync(Db, Org.Id, action.Id, await BudgetData.PlanAsync(Db, Org.Id, ct), ct);
        return Page();
    }
}
