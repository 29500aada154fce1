using Circulair.FollowUp;
using Circulair.Strategy;
using Microsoft.Extensions.Time.Testing;

namespace Circulair.Core.Tests.FollowUp;

public sealed class FollowUpRulesTests
{
    private readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));

    private DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    private static ActionTiming Timing(ActionStatus status = ActionStatus.Lopend, DateOnly? start = null, DateOnly? end = null, DateOnly? lastUpdate = null, params MilestoneEntry[] milestones) =>
        new(status, start, end, milestones, lastUpdate, new DateOnly(2026, 1, 1));

    [Fact]
    public void An_action_whose_end_date_is_today_is_not_late_and_is_late_the_day_after()
    {
        var action = Timing(end: Today);

        Assert.False(FollowUpRules.IsLate(action, Today));
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(FollowUpRules.IsLate(action, Today));
    }

    [Theory]
    [InlineData(ActionStatus.Afgerond, false)]
    [InlineData(ActionStatus.Stopgezet, false)]
    [InlineData(ActionStatus.OnHold, true)]
    [InlineData(ActionStatus.Gepland, true)]
    [InlineData(ActionStatus.Lopend, true)]
    public void Only_an_action_that_is_not_done_or_stopped_can_be_late(ActionStatus status, bool late) =>
        Assert.Equal(late, FollowUpRules.IsLate(Timing(status, end: Today.AddDays(-1)), Today));

    [Fact]
    public void A_passed_milestone_not_ticked_off_makes_an_action_late_even_before_its_end()
    {
        var end = Today.AddMonths(6);
        Assert.True(FollowUpRules.IsLate(Timing(end: end, milestones: new MilestoneEntry(Today.AddDays(-1), "Bestek klaar", false)), Today));
        Assert.False(FollowUpRules.IsLate(Timing(end: end, milestones: new MilestoneEntry(Today.AddDays(-1), "Bestek klaar", true)), Today));
        Assert.False(FollowUpRules.IsLate(Timing(end: end, milestones: new MilestoneEntry(Today, "Bestek klaar", false)), Today));
        Assert.False(FollowUpRules.IsLate(Timing(end: end, milestones: new MilestoneEntry(null, "Zonder datum", false)), Today));
    }

    [Fact]
    public void An_action_without_end_date_or_milestones_is_never_late() =>
        Assert.False(FollowUpRules.IsLate(Timing(), Today));

    [Theory]
    [InlineData(FollowUpCycle.Maandelijks, 2026, 5, 15, false)]
    [InlineData(FollowUpCycle.Maandelijks, 2026, 5, 14, true)]
    [InlineData(FollowUpCycle.Driemaandelijks, 2026, 3, 15, false)]
    [InlineData(FollowUpCycle.Driemaandelijks, 2026, 3, 14, true)]
    [InlineData(FollowUpCycle.Halfjaarlijks, 2025, 12, 15, false)]
    [InlineData(FollowUpCycle.Halfjaarlijks, 2025, 12, 14, true)]
    public void An_action_is_stale_from_the_day_after_one_cycle_since_its_last_update(FollowUpCycle cycle, int year, int month, int day, bool stale) =>
        Assert.Equal(stale, FollowUpRules.IsStale(Timing(lastUpdate: new DateOnly(year, month, day)), cycle, Today));

    [Fact]
    public void Without_any_update_the_cycle_counts_from_the_start_or_else_from_the_day_it_was_added()
    {
        var cycle = FollowUpCycle.Driemaandelijks;
        Assert.False(FollowUpRules.IsStale(Timing(start: Today.AddMonths(-3)), cycle, Today));
        Assert.True(FollowUpRules.IsStale(Timing(start: Today.AddMonths(-3).AddDays(-1)), cycle, Today));
        Assert.False(FollowUpRules.IsStale(Timing(start: Today.AddDays(10)), cycle, Today));
        Assert.True(FollowUpRules.IsStale(Timing(), cycle, Today)); // added on 1 January, nothing since
        Assert.Equal(new DateOnly(2026, 4, 2), FollowUpRules.StaleFrom(Timing(), cycle));
    }

    [Theory]
    [InlineData(ActionStatus.Afgerond)]
    [InlineData(ActionStatus.Stopgezet)]
    public void A_done_or_stopped_action_is_never_stale(ActionStatus status) =>
        Assert.False(FollowUpRules.IsStale(Timing(status, lastUpdate: Today.AddYears(-2)), FollowUpCycle.Maandelijks, Today));

    [Theory]
    [InlineData(FollowUpCycle.Maandelijks)]
    [InlineData(FollowUpCycle.Driemaandelijks)]
    [InlineData(FollowUpCycle.Halfjaarlijks)]
    public void The_last_stale_day_splits_the_days_exactly_as_the_stale_rule_does_month_ends_included(FollowUpCycle cycle)
    {
        // Every today of two years (leap day and 31st included), every since of the year before it: one comparison says what the rule says.
        for (var today = new DateOnly(2027, 1, 1); today < new DateOnly(2029, 1, 1); today = today.AddDays(1))
        {
            var last = FollowUpRules.LastStaleSince(cycle, today);
            for (var since = today.AddDays(-400); since <= today; since = since.AddDays(1))
            {
                var action = new ActionTiming(ActionStatus.Lopend, null, null, [], since, since);
                Assert.True(FollowUpRules.IsStale(action, cycle, today) == (since <= last), $"{cycle}, today {today}, since {since}, last stale {last}");
            }
        }
    }
}
