using Circulair.FollowUp;
using Circulair.Strategy;
using Microsoft.Extensions.Time.Testing;

namespace Circulair.Core.Tests.FollowUp.Owners;

public sealed class MilestoneTickTests
{
    private readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 6, 15, 9, 0, 0, TimeSpan.Zero));

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private DateOnly Today => DateOnly.FromDateTime(Now);

    private PlannedAction ActionWithMilestone(DateOnly due)
    {
        var action = new PlannedAction(1, 2, new ActionDetails { Number = "A01", Title = "Opleiding", Status = ActionStatus.Lopend, End = Today.AddYears(1) }, Now);
        action.DescribeSheet(new ActionSheet { Milestones = [new MilestoneEntry(due, "Bestek klaar", false)] }, Now);
        return action;
    }

    private ActionTiming Timing(PlannedAction action) =>
        new(action.Status, action.StartDate, action.EndDate, action.Sheet.Milestones, null, DateOnly.FromDateTime(action.CreatedAt));

    [Fact]
    public void A_milestone_due_today_is_not_late_it_is_late_tomorrow_and_ticking_it_off_ends_that()
    {
        var action = ActionWithMilestone(Today);

        Assert.False(FollowUpRules.IsLate(Timing(action), Today));
        Clock.Advance(TimeSpan.FromDays(1));
        Assert.True(FollowUpRules.IsLate(Timing(action), Today));

        action.Milestones.Single().TickOff(Today, Today);

        Assert.False(FollowUpRules.IsLate(Timing(action), Today));
        Assert.Equal(Today, action.Milestones.Single().DoneOn);
    }

    [Fact]
    public void A_milestone_cannot_be_reached_in_the_future()
    {
        var action = ActionWithMilestone(Today);

        Assert.Throws<DomainException>(() => action.Milestones.Single().TickOff(Today.AddDays(1), Today));
        Assert.False(action.Milestones.Single().Done);
    }

    [Fact]
    public void Saving_the_sheet_keeps_the_day_a_milestone_was_reached_and_unticking_it_forgets_that_day()
    {
        var action = ActionWithMilestone(Today.AddDays(-3));
        action.Milestones.Single().TickOff(Today.AddDays(-1), Today);

        action.DescribeSheet(action.Sheet, Now);
        Assert.Equal(Today.AddDays(-1), action.Milestones.Single().DoneOn);

        action.DescribeSheet(action.Sheet with { Milestones = [new MilestoneEntry(Today.AddDays(-3), "Bestek klaar", false)] }, Now);
        Assert.Null(action.Milestones.Single().DoneOn);
        Assert.True(FollowUpRules.IsLate(Timing(action), Today));
    }
}
