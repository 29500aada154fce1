using Circulair.Strategy;

namespace Circulair.FollowUp;

/// <summary>The facts of one action that the late and stale rules read.</summary>
public sealed record ActionTiming(
    ActionStatus Status,
    DateOnly? Start,
    DateOnly? End,
    IReadOnlyList<MilestoneEntry> Milestones,
    DateOnly? LastUpdate,
    DateOnly Created);

/// <summary>
/// When an action needs attention. <b>Late</b>: its end date or the date of a milestone not ticked off has passed
/// (the day itself still counts as on time) and the action is neither done nor stopped. <b>Stale</b>: it is neither
/// done nor stopped and no update came within one follow-up cycle of its last update, or, without any update yet,
/// of its start (or, without a start date, of the day it was added). An action that has not started is never stale.
/// </summary>
public static class FollowUpRules
{
    public static bool IsClosed(ActionStatus status) => status is ActionStatus.Afgerond or ActionStatus.Stopgezet;

    public static bool IsLate(ActionTiming action, DateOnly today)
    {
        if (IsClosed(action.Status))
        {
            return false;
        }
        return action.End is { } end && end < today
            || action.Milestones.Any(m => !m.Done && m.Date is { } date && date < today);
    }

    /// <summary>The first day on which the action counts as stale, or null when it cannot be (closed).</summary>
    public static DateOnly? StaleFrom(ActionTiming action, FollowUpCycle cycle)
    {
        if (IsClosed(action.Status))
        {
            return null;
        }
        var since = action.LastUpdate ?? action.Start ?? action.Created;
        return since.AddMonths((int)cycle).AddDays(1);
    }

    public static bool IsStale(ActionTiming action, FollowUpCycle cycle, DateOnly today) =>
        StaleFrom(action, cycle) is { } from && today >= from;

    /// <summary>
    /// The latest day an open action's last update (or start, or the day it was added) may fall on for it to be stale
    /// <paramref name="today"/>: <see cref="IsStale"/> holds exactly when that day is on or before this one. Lets a query
    /// count stale actions with a date comparison, without month arithmetic in SQL (whose month ends differ from .NET's).
    /// </summary>
    public static DateOnly LastStaleSince(FollowUpCycle cycle, DateOnly today)
    {
        // since.AddMonths(n) never decreases as since grows, so the days that are stale form a prefix; find its end.
        static bool Stale(DateOnly since, FollowUpCycle c, DateOnly t) => t >= since.AddMonths((int)c).AddDays(1);
        var day = today.AddMonths(-(int)cycle);
        while (!Stale(day, cycle, today))
        {
            day = day.AddDays(-1);
        }
        while (Stale(day.AddDays(1), cycle, today))
        {
            day = day.AddDays(1);
        }
        return day;
    }
}
