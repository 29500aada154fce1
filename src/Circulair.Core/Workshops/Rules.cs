namespace Circulair.Workshops;

/// <summary>What is wrong with a dot allocation; <see cref="DotProblemKind.None"/> when it may be stored.</summary>
public enum DotProblemKind
{
    None,
    OverBudget,
    OverItemMaximum,
    Negative,
    UnknownItem,
}

public readonly record struct DotProblem(DotProblemKind Kind, int Given = 0, int Allowed = 0, int ItemId = 0)
{
    public bool IsNone => Kind == DotProblemKind.None;
}

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

/// <summary>
/// Who holds which brainwriting sheet and who sits at which world-café table. Participants are numbered in
/// the order they joined (index 0, 1, 2…). Pure functions, so the phones, the projector and the tests agree.
/// </summary>
public static class Rotation
{
    /// <summary>
    /// 6-3-5 style: in round 1 participant i writes on sheet i; each round every sheet moves on to the next
    /// person, so in round r participant i holds sheet (i + r − 1) mod S. With S sheets nobody gets their own
    /// sheet back before round S + 1. Late joiners (i ≥ S) share a sheet with someone who was there.
    /// </summary>
    public static int SheetFor(int participantIndex, int round, int sheetCount)
    {
        if (sheetCount < 1 || round < 1 || participantIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(sheetCount));
        }
        return (participantIndex + round - 1) % sheetCount;
    }

    /// <summary>
    /// World café: in round 1 participant i sits at table i mod T. Each round a participant of "group" g = i div T
    /// moves g + 1 tables on, so people who shared a table in one round are spread in the next (unless the groups
    /// outnumber the tables), while each table keeps about the same number of guests.
    /// </summary>
    public static int TableFor(int participantIndex, int round, int tableCount)
    {
        if (tableCount < 1 || round < 1 || participantIndex < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(tableCount));
        }
        var group = participantIndex / tableCount;
        var start = participantIndex % tableCount;
        return (int)((start + (long)(round - 1) * (group + 1)) % tableCount);
    }
}
