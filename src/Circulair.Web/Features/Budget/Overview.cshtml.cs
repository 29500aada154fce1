using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>An action as the budget pages name it.</summary>
public sealed record BudgetActionName(int Id, string Number, string Title, int? GoalId);

/// <summary>A funding application with the action it is for.</summary>
public sealed record FundingRow(int Id, int ActionId, string Programme, string? Call, DateOnly? Deadline, decimal? Requested, decimal? Granted, FundingStatus Status);

/// <summary>
/// The budget of a strategy (issue 14 item 6): totals per year and per goal (planned, committed, spent, FTE), the gap
/// between what the actions plan and what the meerjarenplan holds per code and year, and every funding application.
/// </summary>
public sealed class OverviewModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    public BudgetOverview Overview { get; private set; } = null!;
    public Dictionary<int, BudgetActionName> Actions { get; private set; } = [];
    public List<FundingRow> Funding { get; private set; } = [];
    public StrategyTree Tree { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadStrategyWithTreeAsync(TreeParts.DomainsAndGoals, null, ct) is not { } tree)
        {
            return NotFound();
        }
        Tree = tree;
        (Overview, Actions) = await BudgetData.LoadWithActionsAsync(Db, Org.Id, TrajectoryId, ct);
        Funding = await FundingAsync(Db, Org.Id, [.. Actions.Keys], ct);
        return Page();
    }

    public static async Task<List<FundingRow>> FundingAsync(CirculairDbContext db, int organisationId, List<int> actionIds, CancellationToken ct) =>
        (await db.FundingApplications.InOrganisation(organisationId).Where(f => actionIds.Contains(f.PlannedActionId))
            .Select(f => new FundingRow(f.Id, f.PlannedActionId, f.Programme, f.Call, f.Deadline, f.Requested, f.Granted, f.Status)).ToListAsync(ct))
        .OrderBy(f => f.Deadline ?? DateOnly.MaxValue).ThenBy(f => f.Id).ToList();

    /// <summary>Every goal, then "without a goal" when actions outside the tree hold a budget.</summary>
    public IEnumerable<(int? Id, string? Name)> GoalRows()
    {
        foreach (var goal in Tree.Goals)
        {
            yield return (goal.Id, goal.Statement);
        }
        if (Overview.OfGoal(null) != BudgetSums.Zero)
        {
            yield return (null, null);
        }
    }

    public FundingTable FundingTable => new(Funding, ActionLabel, id => Link($"/actions/{id}/budget"), null);

    public string ActionLabel(int id) => Actions.TryGetValue(id, out var a) ? $"{a.Number} {a.Title}" : "?";
}
