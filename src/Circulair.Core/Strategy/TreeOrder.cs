namespace Circulair.Strategy;

/// <summary>
/// The order of the strategy tree (guide, Figure 9): goals within a domain, action lines within a goal, actions
/// within a line, each numbered 1..n without gaps. Moving up or down swaps with the neighbour; moving past either
/// end is refused (a plain button for it is not shown).
/// </summary>
public static class TreeOrder
{
    public static void Move(IReadOnlyList<StrategyGoal> siblings, StrategyGoal goal, int delta) =>
        Move(siblings, goal, delta, g => g.Position, (g, p) => g.Position = p);

    public static void Move(IReadOnlyList<ActionLine> siblings, ActionLine line, int delta) =>
        Move(siblings, line, delta, l => l.Position, (l, p) => l.Position = p);

    public static void Move(IReadOnlyList<PlannedAction> siblings, PlannedAction action, int delta) =>
        Move(siblings, action, delta, a => a.Position, (a, p) => a.Position = p);

    /// <summary>Closes the gap a removed item leaves: the remaining items become 1..n in their order.</summary>
    public static void Renumber(IEnumerable<StrategyGoal> ordered) => Renumber(ordered, (g, p) => g.Position = p);

    public static void Renumber(IEnumerable<ActionLine> ordered) => Renumber(ordered, (l, p) => l.Position = p);

    public static void Renumber(IEnumerable<PlannedAction> ordered) => Renumber(ordered, (a, p) => a.Position = p);

    private static void Move<T>(IReadOnlyList<T> siblings, T item, int delta, Func<T, int> position, Action<T, int> set) where T : class
    {
        var ordered = siblings.OrderBy(position).ToList();
        var index = ordered.IndexOf(item);
        if (index < 0)
        {
            throw new DomainException("Errors.NotFoundItem");
        }
        var target = index + delta;
        if (delta is not (-1 or 1) || target < 0 || target >= ordered.Count)
        {
            throw new DomainException("Strategy.Error.CannotMove");
        }
        ordered.RemoveAt(index);
        ordered.Insert(target, item);
        Renumber(ordered, set);
    }

    private static void Renumber<T>(IEnumerable<T> ordered, Action<T, int> set)
    {
        var p = 1;
        foreach (var item in ordered.ToList())
        {
            set(item, p++);
        }
    }
}
