using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Strategy;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>
/// Phase 3 on "Waar staan we?": the budget of the current strategy (how many actions carry a planned or spent amount)
/// and whether the meerjarenplan was read in, leading to the strategy's budget overview (issue 14 item 7).
/// </summary>
public sealed class BudgetProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var trajectory = await CurrentTrajectory.IdAsync(db, organisationId, ct);
        var plan = await db.BbcEntries.InOrganisation(organisationId).CountAsync(ct);
        var (actions, withBudget) = (0, 0);
        if (trajectory is { } t)
        {
            actions = await db.PlannedActions.InOrganisation(organisationId).CountAsync(a => a.TrajectoryId == t, ct);
            var planned = await db.ActionBudgetYears.InOrganisation(organisationId).Where(y => y.Action.TrajectoryId == t && (y.Euros != null || y.Fte != null))
                .Select(y => y.PlannedActionId).Distinct().ToListAsync(ct);
            var actionsOfTrajectory = db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == t).Select(a => a.Id);
            var spent = await db.ActionSpendings.InOrganisation(organisationId)
                .Where(s => actionsOfTrajectory.Contains(s.PlannedActionId) && (s.Committed != null || s.Spent != null))
                .Select(s => s.PlannedActionId).Distinct().ToListAsync(ct);
            withBudget = planned.Union(spent).Count();
        }
        var summary = withBudget == 0
            ? plan == 0 ? "Budget.Progress.Empty" : "Budget.Progress.NoBudget"
            : plan == 0 ? "Budget.Progress.NoPlan" : "Budget.Progress.Summary";
        var url = trajectory is { } id ? $"/o/{organisationSlug}/trajectories/{id}/budget" : $"/o/{organisationSlug}/followup/meerjarenplan";
        return
        [
            new ToolProgress(Phase.Fase3, 4, "Budget.Progress.Name", withBudget > 0 || plan > 0, summary,
                [withBudget, actions, Counted.Of("Budget.Progress.Codes", plan)], url),
        ];
    }
}
