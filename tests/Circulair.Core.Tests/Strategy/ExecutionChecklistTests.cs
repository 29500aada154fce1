using Circulair.Strategy;
using static Circulair.Strategy.ExecutionItem;

namespace Circulair.Core.Tests.Strategy;

public sealed class ExecutionChecklistTests
{
    [Fact]
    public void Lists_the_six_things_executing_a_priority_action_needs_in_the_guides_order()
    {
        var checks = ExecutionChecklist.Check(false, new ActionSheet(), null);

        Assert.Equal([Trekker, ProjectPlan, BusinessCase, Funding, Communication, ExecutionItem.Monitoring], checks.Select(c => c.Item));
        Assert.All(checks, c => Assert.False(c.Done));
    }

    [Fact]
    public void Ticks_off_what_the_sheet_and_the_action_already_hold()
    {
        var sheet = new ActionSheet
        {
            Steps = [new StepEntry("Bestek schrijven", new DateOnly(2027, 3, 1), null)],
            BusinessCase = "Besparing van 40.000 euro per jaar op afvalkosten",
            Funding = "Eigen middelen en de oproep van Vlaanderen Circulair",
            Communication = "Lokaal infoblad en een opendeurdag",
        };

        var checks = ExecutionChecklist.Check(true, sheet, "Ton hergebruikte materialen per jaar").ToDictionary(c => c.Item, c => c.Done);

        Assert.All(checks.Values, Assert.True);
    }

    [Fact]
    public void A_step_without_a_deadline_is_no_plan_in_time_and_blank_text_is_not_filled_in()
    {
        var sheet = new ActionSheet { Steps = [new StepEntry("Iets doen", null, null)], BusinessCase = "   " };

        var checks = ExecutionChecklist.Check(false, sheet, null).ToDictionary(c => c.Item, c => c.Done);

        Assert.False(checks[ProjectPlan]);
        Assert.False(checks[BusinessCase]);
    }

    [Fact]
    public void The_sheet_keeps_the_execution_texts()
    {
        var action = Build.Action();
        action.DescribeSheet(new ActionSheet { BusinessCase = " Plan ", Funding = "Subsidie", Communication = "Campagne", Monitoring = "Halfjaarlijks rapport" }, DateTime.UtcNow);

        Assert.Equal(("Plan", "Subsidie", "Campagne", "Halfjaarlijks rapport"), (action.Sheet.BusinessCase, action.Sheet.Funding, action.Sheet.Communication, action.Sheet.Monitoring));
        Assert.True(action.Execution.Single(c => c.Item == ExecutionItem.Monitoring).Done);
    }
}
