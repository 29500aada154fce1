using Circulair.FollowUp;
using Circulair.FollowUp.Owners;

namespace Circulair.Core.Tests.FollowUp.Owners;

public sealed class FollowUpRoundTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Theory]
    [InlineData(FollowUpCycle.Maandelijks, "2026-05-31", "2026-05-01", "2026-05-15", "2026-05-31")]
    [InlineData(FollowUpCycle.Driemaandelijks, "2026-05-20", "2026-04-01", "2026-04-15", "2026-06-30")]
    [InlineData(FollowUpCycle.Driemaandelijks, "2026-01-01", "2026-01-01", "2026-01-15", "2026-03-31")]
    [InlineData(FollowUpCycle.Halfjaarlijks, "2026-12-31", "2026-07-01", "2026-07-15", "2026-12-31")]
    [InlineData(FollowUpCycle.Halfjaarlijks, "2026-06-30", "2026-01-01", "2026-01-15", "2026-06-30")]
    public void Rounds_follow_the_calendar_and_the_deadline_is_the_start_plus_the_answer_days(FollowUpCycle cycle, string today, string start, string deadline, string end)
    {
        var round = FollowUpRound.At(cycle, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture)),
            (round.Start, round.Deadline, round.End));
    }

    [Fact]
    public void The_deadline_never_lies_after_the_end_of_the_round()
    {
        var round = FollowUpRound.At(FollowUpCycle.Maandelijks, D(2026, 2, 10), answerDays: 40);

        Assert.Equal(D(2026, 2, 28), round.Deadline);
    }

    [Theory]
    [InlineData(1, true, false, false)]
    [InlineData(11, true, false, false)]
    [InlineData(12, true, true, false)]
    [InlineData(15, true, true, false)]
    [InlineData(16, false, false, true)]
    [InlineData(31, false, false, true)]
    public void Which_mail_is_due_on_each_day_of_a_monthly_round(int day, bool request, bool before, bool after)
    {
        var round = FollowUpRound.At(FollowUpCycle.Maandelijks, D(2026, 5, 1));
        var today = D(2026, 5, day);

        Assert.Equal((request, before, after), (round.IsDue(OwnerMailKind.Request, today), round.IsDue(OwnerMailKind.ReminderBefore, today, 3), round.IsDue(OwnerMailKind.ReminderAfter, today)));
        Assert.Equal(after, round.IsPastDeadline(today));
    }
}
