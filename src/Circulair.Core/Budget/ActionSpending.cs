using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.Budget;

/// <summary>
/// What an action has committed (<i>vastgelegd</i>) and spent (<i>aangerekend</i>) in one year. The planned budget
/// and the FTE of that year stay on the action sheet (<see cref="ActionBudgetYear"/>), which is part of the plan and
/// of the adopted version; what was committed and spent is follow-up (decision 0255).
/// </summary>
public sealed class ActionSpending : IOrganisationScoped
{
    private ActionSpending() { }

    public ActionSpending(PlannedAction action, int year)
    {
        if (year is < BudgetRules.MinYear or > BudgetRules.MaxYear)
        {
            throw new DomainException("Budget.Error.YearRange", BudgetRules.MinYear, BudgetRules.MaxYear);
        }
        OrganisationId = action.OrganisationId;
        PlannedActionId = action.Id;
        Year = year;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int PlannedActionId { get; private set; }
    public int Year { get; private set; }
    public decimal? Committed { get; private set; }
    public decimal? Spent { get; private set; }

    public bool IsEmpty => Committed is null && Spent is null;

    public void Record(decimal? committed, decimal? spent)
    {
        BudgetRules.EnsureAmount(committed);
        BudgetRules.EnsureAmount(spent);
        Committed = committed;
        Spent = spent;
    }
}
