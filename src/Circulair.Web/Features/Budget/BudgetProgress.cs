using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Budget;

/// <summary>
/// Phase 3 on "Waar staan we?": the budget of the current strategy (how many actions carry a planned or spent amount,
/// <see cref="TrajectoryFacts.ActionsWithBudget"/>) and whether the meerjarenplan was read in, leading to the strategy's
/// budget overview (issue 14 item 7).
/// </summary>
public sealed class BudgetProgress : IProgressSource
{
    /// <summary>The meerjarenplan's rows read in (BBC entries).</summary>
    public sealed record Facts
    {
        public int PlanEntries { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var plan = facts.Budget.PlanEntries;
        var (actions, withBudget) = facts.Current is { } t ? (t.Actions, t.ActionsWithBudget) : (0, 0);
        var summary = withBudget == 0
            ? plan == 0 ? "Budget.Progress.Empty" : "Budget.Progress.NoBudget"
            : plan == 0 ? "Budget.Progress.NoPlan" : "Budget.Progress.Summary";
        var url = facts.Current is { } current ? $"/o/{facts.OrganisationSlug}/trajectories/{current.Id}/budget" : $"/o/{facts.OrganisationSlug}/followup/meerjarenplan";
        return
        [
            new ToolProgress(Phase.Fase3, 4, "Budget.Progress.Name", withBudget > 0 || plan > 0, summary,
                [withBudget, actions, Counted.Of("Budget.Progress.Codes", plan)], url),
        ];
    }
}
