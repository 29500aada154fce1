namespace Circulair.Workshops;

/// <summary>Dot voting: each participant spreads at most N dots over the items, at most M on one item.</summary>
public static class DotBudget
{
    public static DotProblem Check(IReadOnlyDictionary<int, int> allocation, int dots, int maxPerItem, IReadOnlyCollection<int> itemIds)
    {
        foreach (var (itemId, count) in allocation)
        {
            if (!itemIds.Contains(itemId))
            {
                return new DotProblem(DotProblemKind.UnknownItem, ItemId: itemId);
            }
            if (count < 0)
            {
                return new DotProblem(DotProblemKind.Negative, count, 0, itemId);
            }
            if (count > maxPerItem)
            {
                return new DotProblem(DotProblemKind.OverItemMaximum, count, maxPerItem, itemId);
            }
        }
        var total = allocation.Values.Sum();
        return total > dots ? new DotProblem(DotProblemKind.OverBudget, total, dots) : default;
    }

    public static int Remaining(IReadOnlyDictionary<int, int> allocation, int dots) => dots - allocation.Values.Where(v => v > 0).Sum();
}
