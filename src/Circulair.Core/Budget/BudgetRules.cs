using Circulair.Strategy;

namespace Circulair.Budget;

/// <summary>The bounds every amount and year of the budget pages and the meerjarenplan respect.</summary>
public static class BudgetRules
{
    public const int MinYear = 2000;
    public const int MaxYear = 2100;

    /// <summary>The same ceiling as the action sheet's resources: it catches a missing comma, it is not a policy.</summary>
    public const decimal MaxEuros = ActionBudgetYear.MaxEuros;

    public static bool IsAmount(decimal? amount) => amount is null or (>= 0m and <= MaxEuros);

    public static void EnsureAmount(decimal? amount)
    {
        if (!IsAmount(amount))
        {
            throw new DomainException("Budget.Error.AmountRange");
        }
    }
}
