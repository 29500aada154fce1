namespace Circulair.FollowUp;

/// <summary>One action as a roll-up counts it: its last % (null = no update yet), whether it was stopped and its budget in euros.</summary>
public sealed record RollUpItem(int ActionId, string Number, string Title, int? Percent, bool Stopped, decimal? Budget);

/// <summary>
/// The outcome of a roll-up, with everything needed to say how it was computed: the actions counted, those counted as
/// 0 % because they have no update, those left out because they were stopped, and (with budget weights) those without a
/// budget, which weigh nothing. <see cref="Percent"/> is null when no action counts.
/// </summary>
public sealed record RollUpResult(
    double? Percent,
    RollUpWeighting Weighting,
    int Counted,
    IReadOnlyList<RollUpItem> WithoutUpdate,
    IReadOnlyList<RollUpItem> Excluded,
    IReadOnlyList<RollUpItem> WithoutBudget,
    bool FellBackToEqual)
{
    /// <summary>The weighting actually applied: budget weights fall back to equal ones when no counted action has a budget.</summary>
    public RollUpWeighting Applied => FellBackToEqual ? RollUpWeighting.Gelijk : Weighting;
}

/// <summary>
/// The one rule for the progress of an action line, a goal, a retained domain and the whole strategy: the (weighted)
/// average of the last % of the actions below it. Actions without an update count as 0 % and are listed; stopped
/// actions are left out and listed. With budget weights each action weighs its total budget; an action without a
/// budget weighs nothing and is listed, and when no action has a budget the weights become equal (and the result says so).
/// </summary>
public static class RollUp
{
    public static RollUpResult Compute(IEnumerable<RollUpItem> items, RollUpWeighting weighting)
    {
        var all = items.ToList();
        var excluded = all.Where(i => i.Stopped).ToList();
        var counted = all.Where(i => !i.Stopped).ToList();
        var withoutUpdate = counted.Where(i => i.Percent is null).ToList();
        if (counted.Count == 0)
        {
            return new RollUpResult(null, weighting, 0, [], excluded, [], false);
        }
        if (weighting == RollUpWeighting.Budget)
        {
            var withoutBudget = counted.Where(i => (i.Budget ?? 0m) <= 0m).ToList();
            var total = counted.Sum(i => Math.Max(i.Budget ?? 0m, 0m));
            if (total > 0m)
            {
                var weighted = counted.Sum(i => Math.Max(i.Budget ?? 0m, 0m) * (i.Percent ?? 0));
                return new RollUpResult((double)(weighted / total), weighting, counted.Count, withoutUpdate, excluded, withoutBudget, false);
            }
            return new RollUpResult(counted.Average(i => (double)(i.Percent ?? 0)), weighting, counted.Count, withoutUpdate, excluded, [], true);
        }
        return new RollUpResult(counted.Average(i => (double)(i.Percent ?? 0)), weighting, counted.Count, withoutUpdate, excluded, [], false);
    }
}
