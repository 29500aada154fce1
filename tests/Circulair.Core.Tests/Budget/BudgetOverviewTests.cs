using Circulair.Budget;

namespace Circulair.Core.Tests.Budget;

public sealed class BudgetOverviewTests
{
    private static BbcPlanEntry Entry(string code, BbcLevel level, string? parent, params (int Year, decimal Amount)[] amounts) =>
        new(code, level, code, parent, amounts.ToDictionary(a => a.Year, a => a.Amount));

    private static readonly BbcPlanEntry[] Plan =
    [
        Entry("BD1", BbcLevel.Beleidsdoelstelling, null),
        Entry("AP1", BbcLevel.Actieplan, "BD1", (2026, 50_000m)),
        Entry("AC1", BbcLevel.Actie, "AP1", (2026, 20_000m), (2027, 10_000m)),
        Entry("AC2", BbcLevel.Actie, "AP1", (2027, 5_000m)),
    ];

    [Fact]
    public void Sums_per_goal_and_year_with_committed_spent_and_fte()
    {
        var overview = BudgetOverview.Compute(
        [
            new(1, 10, 2026, 12_000m, 8_000m, 5_000m, 0.5),
            new(1, 10, 2027, 6_000m, null, null, 0.2),
            new(2, 10, 2026, 3_000m, 3_000m, 3_000m, null),
            new(3, 20, 2026, null, null, 1_000m, 1),
            new(4, null, 2026, 500m, null, null, null),
        ], new Dictionary<int, string>(), []);

        Assert.Equal(new BudgetSums(15_000m, 11_000m, 8_000m, 0.5), overview.OfGoalAndYear(10, 2026));
        Assert.Equal(new BudgetSums(21_000m, 11_000m, 8_000m, 0.7), overview.OfGoal(10) with { Fte = Math.Round(overview.OfGoal(10).Fte, 6) });
        Assert.Equal(new BudgetSums(15_500m, 11_000m, 9_000m, 1.5), overview.OfYear(2026));
        Assert.Equal(new BudgetSums(500m, 0m, 0m, 0), overview.OfGoal(null));
        Assert.Equal([2026, 2027], overview.Years);
        Assert.Equal(8_000d / 15_000d, overview.OfGoalAndYear(10, 2026).SpentShare);
        Assert.Null(overview.OfGoal(20).SpentShare);
    }

    [Fact]
    public void The_gap_compares_the_plan_with_what_linked_actions_plan_on_every_level_and_leaves_unlinked_actions_apart()
    {
        var overview = BudgetOverview.Compute(
        [
            new(1, 10, 2026, 25_000m, null, null, null),
            new(1, 10, 2027, 4_000m, null, null, null),
            new(2, 10, 2026, 10_000m, null, null, null),
            new(3, 10, 2026, 7_000m, null, null, null),
            new(4, 10, 2026, 1_000m, null, null, null),
        ], new Dictionary<int, string> { [1] = "ac1", [2] = "AP1", [4] = "ZZ9" }, Plan);

        var ac1 = overview.Codes.Single(c => c.Entry.Code == "AC1");
        Assert.Equal(2, ac1.Depth);
        Assert.Equal(new BbcYearGap(20_000m, 25_000m), ac1.Years[2026]);
        Assert.Equal(-5_000m, ac1.Years[2026].Gap);
        Assert.Equal(6_000m, ac1.Years[2027].Gap);

        var ap1 = overview.Codes.Single(c => c.Entry.Code == "AP1");
        Assert.Equal(new BbcYearGap(50_000m, 35_000m), ap1.Years[2026]);
        Assert.Equal(new BbcYearGap(15_000m, 4_000m), ap1.Years[2027]);

        // BD1 has no amount of its own: the plan's figure is the sum below it.
        var bd1 = overview.Codes.Single(c => c.Entry.Code == "BD1");
        Assert.Equal(new BbcYearGap(50_000m, 35_000m), bd1.Years[2026]);
        Assert.Equal(new BbcYearGap(50_000m, 35_000m), overview.PlanTotal[2026]);
        Assert.Equal(15_000m, overview.PlanTotal[2026].Gap);

        var ac2 = overview.Codes.Single(c => c.Entry.Code == "AC2");
        Assert.Equal(new BbcYearGap(null, 0m), ac2.Years[2026]);
        Assert.Equal([3], overview.ActionsWithoutCode);
        Assert.Equal([4], overview.ActionsWithUnknownCode);
        Assert.Equal(8_000m, overview.PlannedOutsidePlan(2026));
    }

    [Fact]
    public void No_budget_lines_and_no_plan_give_zero_sums_and_no_years()
    {
        var overview = BudgetOverview.Compute([], new Dictionary<int, string>(), []);

        Assert.Empty(overview.Years);
        Assert.Equal(BudgetSums.Zero, overview.Total);
        Assert.Empty(overview.Codes);
    }
}
