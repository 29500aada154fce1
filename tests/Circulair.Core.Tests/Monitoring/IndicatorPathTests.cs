using Circulair.Monitoring;

namespace Circulair.Core.Tests.Monitoring;

public sealed class IndicatorPathTests
{
    [Fact]
    public void Runs_in_straight_lines_from_the_baseline_through_each_target()
    {
        var path = IndicatorPath.From(150, 2020, [new TargetValue(2030, 100), new TargetValue(2025, 140)])!;

        Assert.Equal([new TargetValue(2020, 150), new TargetValue(2025, 140), new TargetValue(2030, 100)], path.Points);
        Assert.Equal(150, path.ValueAt(2020));
        Assert.Equal(146, path.ValueAt(2022), 10);
        Assert.Equal(140, path.ValueAt(2025));
        Assert.Equal(124, path.ValueAt(2027), 10);
        Assert.Equal(100, path.ValueAt(2030));
        Assert.Equal(50, path.PlannedChange);
    }

    [Fact]
    public void Holds_the_baseline_before_it_and_the_last_target_after_it()
    {
        var path = IndicatorPath.From(10, 2022, [new TargetValue(2026, 30)])!;

        Assert.Equal(10, path.ValueAt(2015));
        Assert.Equal(30, path.ValueAt(2035));
    }

    [Fact]
    public void Needs_a_baseline_value_and_year_and_a_target_after_the_baseline()
    {
        Assert.Null(IndicatorPath.From(null, 2020, [new TargetValue(2030, 1)]));
        Assert.Null(IndicatorPath.From(5, null, [new TargetValue(2030, 1)]));
        Assert.Null(IndicatorPath.From(5, 2020, []));
        Assert.Null(IndicatorPath.From(5, 2020, [new TargetValue(2019, 1), new TargetValue(2020, 2)]));
    }
}
