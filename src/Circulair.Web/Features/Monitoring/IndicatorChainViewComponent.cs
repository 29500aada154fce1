using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>What the chain on a goal or action page shows.</summary>
public sealed record IndicatorChainModel(string Slug, bool ForGoal, int ItemId, IReadOnlyList<IndicatorRow> Rows, bool CanEdit);

/// <summary>
/// The indicator chain below a goal or an action: where the golden thread goes on from the strategy to what is measured.
/// For a goal: its own indicators and those of the actions in its lines, from input to impact. For an action: its
/// indicators. Usage: <c>&lt;vc:indicator-chain goal-id="@g.Id" /&gt;</c> or <c>&lt;vc:indicator-chain action-id="@a.Id" /&gt;</c>.
/// </summary>
public sealed class IndicatorChainViewComponent(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int? goalId = null, int? actionId = null)
    {
        var org = current.Value;
        var ct = HttpContext.RequestAborted;
        // The linked ids are a subquery of the command that reads the indicators (decision 0340's budget).
        IQueryable<int> ids;
        if (goalId is { } goal)
        {
            var actions = db.ActionLines.InOrganisation(org.Id).Where(l => l.StrategyGoalId == goal)
                .Join(db.PlannedActions, l => l.Id, a => a.ActionLineId, (l, a) => a.Id);
            ids = db.IndicatorGoalLinks.InOrganisation(org.Id).Where(l => l.StrategyGoalId == goal).Select(l => l.IndicatorId)
                .Union(db.IndicatorActionLinks.InOrganisation(org.Id).Where(l => actions.Contains(l.PlannedActionId)).Select(l => l.IndicatorId));
        }
        else
        {
            ids = db.IndicatorActionLinks.InOrganisation(org.Id).Where(l => l.PlannedActionId == actionId).Select(l => l.IndicatorId);
        }
        var rows = await MonitoringData.LoadAsync(db, org.Id, clock.GetUtcNow().UtcDateTime.Year, ids, ct);
        return View("/Features/Monitoring/Components/IndicatorChain/Default.cshtml", new IndicatorChainModel(org.Slug, goalId is not null, goalId ?? actionId ?? 0, rows, org.Can(OrganisationRole.Teamlid)));
    }
}
