namespace Circulair.FollowUp.Owners;

/// <summary>
/// One round of an organisation's follow-up cycle (decision 0251): rounds follow the calendar (monthly: every month;
/// quarterly: January, April, July, October; half-yearly: January and July). Owners are asked at the start of the round
/// and have until the <see cref="Deadline"/> (the start plus the answer days, at most the round's last day) to answer.
/// </summary>
public sealed record FollowUpRound(DateOnly Start, DateOnly Deadline, DateOnly End)
{
    public const int DefaultAnswerDays = 14;
    public const int DefaultRemindDaysBefore = 3;

    public static FollowUpRound At(FollowUpCycle cycle, DateOnly today, int answerDays = DefaultAnswerDays)
    {
        var months = (int)cycle;
        if (months is not (1 or 3 or 6))
        {
            throw new ArgumentOutOfRangeException(nameof(cycle));
        }
        var start = new DateOnly(today.Year, (today.Month - 1) / months * months + 1, 1);
        var end = start.AddMonths(months).AddDays(-1);
        var deadline = start.AddDays(Math.Max(0, answerDays));
        return new FollowUpRound(start, deadline > end ? end : deadline, end);
    }

    /// <summary>
    /// Which mail is due on <paramref name="today"/>: the request from the start to the deadline, the reminder before
    /// from <paramref name="remindDaysBefore"/> days before the deadline up to it, the reminder after from the day after
    /// the deadline to the end of the round. Whether it goes out also depends on what was sent and answered.
    /// </summary>
    public bool IsDue(OwnerMailKind kind, DateOnly today, int remindDaysBefore = DefaultRemindDaysBefore) => kind switch
    {
        OwnerMailKind.Request => today >= Start && today <= Deadline,
        OwnerMailKind.ReminderBefore => today >= Deadline.AddDays(-remindDaysBefore) && today <= Deadline && today > Start,
        OwnerMailKind.ReminderAfter => today > Deadline && today <= End,
        _ => false,
    };

    /// <summary>After the deadline an owner who has not answered for every action is someone the coordinator waits for.</summary>
    public bool IsPastDeadline(DateOnly today) => today > Deadline && today <= End;
}
