using Circulair.FollowUp;
using Circulair.Strategy;

namespace Circulair.Core.Tests.FollowUp;

public sealed class AdoptedStrategyTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);

    private static PlannedAction Action(string number) =>
        new(1, 2, new ActionDetails { Number = number, Title = "Opleiding " + number, Status = ActionStatus.Gepland, End = new DateOnly(2026, 12, 31) }, Now);

    [Fact]
    public void Survives_a_round_trip_through_json()
    {
        var a = Action("A01");
        a.DescribeSheet(new ActionSheet { Description = "Twee halve dagen", Milestones = [new MilestoneEntry(new DateOnly(2026, 9, 1), "Eerste sessie", false)], Budget = [new BudgetEntry(2026, 0.1, 3000m)] }, Now);
        var snapshot = AdoptedStrategy.Of([], [a]);

        var back = AdoptedStrategy.FromJson(snapshot.ToJson());

        var action = Assert.Single(back.Unplaced);
        Assert.Equal("A01", action.Number);
        Assert.Equal("Twee halve dagen", action.Sheet.Description);
        Assert.Equal(3000m, Assert.Single(action.Sheet.Budget).Euros);
        Assert.Equal(new DateOnly(2026, 9, 1), Assert.Single(action.Sheet.Milestones).Date);
        Assert.Contains("\"Gepland\"", snapshot.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_an_action_changed_when_its_plan_changes_and_not_when_only_its_status_or_milestone_ticks_change()
    {
        var a = Action("A01");
        a.DescribeSheet(new ActionSheet { Milestones = [new MilestoneEntry(new DateOnly(2026, 9, 1), "Eerste sessie", false)] }, Now);
        var snapshot = AdoptedStrategy.FromJson(AdoptedStrategy.Of([], [a]).ToJson());

        Assert.Equal(AdoptionChange.Ongewijzigd, snapshot.ChangeOf(a));
        a.ChangeStatus(ActionStatus.Lopend, Now);
        a.DescribeSheet(new ActionSheet { Milestones = [new MilestoneEntry(new DateOnly(2026, 9, 1), "Eerste sessie", true)] }, Now);
        Assert.Equal(AdoptionChange.Ongewijzigd, snapshot.ChangeOf(a));

        a.Describe(a.Details with { End = new DateOnly(2027, 6, 30) }, Now);
        Assert.Equal(AdoptionChange.Gewijzigd, snapshot.ChangeOf(a));
    }

    [Fact]
    public void Freezing_needs_a_ratification_that_was_approved()
    {
        var details = new PoliticalDecisionDetails { Moment = PoliticalMoment.FormeleBekrachtiging, Body = DecisionBody.Gemeenteraad, Date = new DateOnly(2026, 6, 1), Outcome = DecisionOutcome.Uitgesteld };
        var postponed = new PoliticalDecision(1, 2, details, null, Now);
        var approved = new PoliticalDecision(1, 2, details with { Outcome = DecisionOutcome.Goedgekeurd }, null, Now);
        var mandate = new PoliticalDecision(1, 2, details with { Moment = PoliticalMoment.MandaatOmTeStarten, Outcome = DecisionOutcome.Goedgekeurd }, null, Now);
        var empty = AdoptedStrategy.Of([], []);

        Assert.Equal("FollowUp.Error.NotARatification", Assert.Throws<DomainException>(() => AdoptedVersion.Freeze(postponed, [], empty, null, null, Now)).MessageKey);
        Assert.Throws<DomainException>(() => AdoptedVersion.Freeze(mandate, [], empty, null, null, Now));
        var version = AdoptedVersion.Freeze(approved, [1], empty, null, null, Now);
        Assert.Equal(2, version.Number);
        Assert.Equal(new DateOnly(2026, 6, 1), version.AdoptedOn);
    }

    [Fact]
    public void A_decision_refuses_a_date_after_today_and_another_body_without_a_name()
    {
        var details = new PoliticalDecisionDetails { Moment = PoliticalMoment.PubliekMoment, Body = DecisionBody.College, Date = new DateOnly(2026, 6, 16), Outcome = DecisionOutcome.KennisGenomen };

        Assert.Equal("FollowUp.Error.DateInFuture", Assert.Throws<DomainException>(() => new PoliticalDecision(1, 2, details, null, Now)).MessageKey);
        Assert.Equal("FollowUp.Error.OtherBodyRequired", Assert.Throws<DomainException>(() => new PoliticalDecision(1, 2, details with { Date = new DateOnly(2026, 6, 15), Body = DecisionBody.Ander }, null, Now)).MessageKey);
    }
}
