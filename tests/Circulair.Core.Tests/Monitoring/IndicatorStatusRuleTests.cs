using Circulair.Monitoring;

namespace Circulair.Core.Tests.Monitoring;

/// <summary>The one status rule at its boundaries, for both directions (decision 0260).</summary>
public sealed class IndicatorStatusRuleTests
{
    // Higher is better: 100 in 2020 → 200 in 2030. The path expects 150 in 2025; the planned change is 100, so "behind" reaches 25 short.
    private static readonly IndicatorPath Rising = IndicatorPath.From(100, 2020, [new TargetValue(2030, 200)])!;

    // Lower is better: 150 kg in 2020 → 100 kg in 2030. The path expects 125 in 2025; the planned change is 50, so "behind" reaches 12.5 over.
    private static readonly IndicatorPath Falling = IndicatorPath.From(150, 2020, [new TargetValue(2030, 100)])!;

    private static IndicatorStatus Judge(IndicatorDirection direction, IndicatorPath? path, double value, int year = 2025, int currentYear = 2026) =>
        IndicatorStatusRule.Judge(direction, path, [new TargetValue(year, value)], currentYear).Status;

    [Theory]
    [InlineData(150, IndicatorStatus.OnTrack)]
    [InlineData(170, IndicatorStatus.OnTrack)]
    [InlineData(149.99, IndicatorStatus.Behind)]
    [InlineData(125, IndicatorStatus.Behind)]
    [InlineData(124.99, IndicatorStatus.OffTrack)]
    [InlineData(90, IndicatorStatus.OffTrack)]
    public void Higher_is_better_on_the_path_is_on_track_a_quarter_of_the_change_short_is_behind_and_more_is_off_track(double value, IndicatorStatus expected) =>
        Assert.Equal(expected, Judge(IndicatorDirection.HigherIsBetter, Rising, value));

    [Theory]
    [InlineData(125, IndicatorStatus.OnTrack)]
    [InlineData(110, IndicatorStatus.OnTrack)]
    [InlineData(125.01, IndicatorStatus.Behind)]
    [InlineData(137.5, IndicatorStatus.Behind)]
    [InlineData(137.51, IndicatorStatus.OffTrack)]
    [InlineData(160, IndicatorStatus.OffTrack)]
    public void Lower_is_better_on_the_path_is_on_track_a_quarter_of_the_change_over_is_behind_and_more_is_off_track(double value, IndicatorStatus expected) =>
        Assert.Equal(expected, Judge(IndicatorDirection.LowerIsBetter, Falling, value));

    [Fact]
    public void The_boundary_holds_despite_floating_point_noise()
    {
        // 0.1 + 0.2 is 0.30000000000000004: exactly on a path from 0 to 0.3 must still be on track.
        var path = IndicatorPath.From(0, 2020, [new TargetValue(2023, 0.3)])!;
        Assert.Equal(IndicatorStatus.OnTrack, Judge(IndicatorDirection.HigherIsBetter, path, 0.1 + 0.2, 2023, 2024));
    }

    [Theory]
    [InlineData(2024, IndicatorStatus.OnTrack)]
    [InlineData(2023, IndicatorStatus.NoRecentData)]
    public void A_measurement_two_years_old_is_still_recent_and_three_years_old_is_not(int year, IndicatorStatus expected)
    {
        var path = IndicatorPath.From(100, 2020, [new TargetValue(2030, 100)])!;
        Assert.Equal(expected, Judge(IndicatorDirection.HigherIsBetter, path, 100, year, 2026));
    }

    [Fact]
    public void Without_any_measurement_there_is_no_recent_data() =>
        Assert.Equal(IndicatorStatus.NoRecentData, IndicatorStatusRule.Judge(IndicatorDirection.LowerIsBetter, Falling, [], 2026).Status);

    [Fact]
    public void A_recent_measurement_without_baseline_or_target_has_no_path() =>
        Assert.Equal(IndicatorStatus.NoPath, Judge(IndicatorDirection.LowerIsBetter, null, 120));

    [Fact]
    public void The_latest_measurement_is_judged_not_an_earlier_one()
    {
        var assessment = IndicatorStatusRule.Judge(IndicatorDirection.LowerIsBetter, Falling, [new TargetValue(2025, 160), new TargetValue(2022, 140)], 2026);

        Assert.Equal(IndicatorStatus.OffTrack, assessment.Status);
        Assert.Equal(new TargetValue(2025, 160), assessment.Latest);
        Assert.Equal(125, assessment.Expected);
        Assert.Equal(35, assessment.Shortfall);
        Assert.Equal(12.5, assessment.Tolerance);
    }

    [Fact]
    public void Holding_a_level_allows_no_shortfall()
    {
        var hold = IndicatorPath.From(50, 2020, [new TargetValue(2030, 50)])!;
        Assert.Equal(IndicatorStatus.OnTrack, Judge(IndicatorDirection.HigherIsBetter, hold, 50));
        Assert.Equal(IndicatorStatus.OffTrack, Judge(IndicatorDirection.HigherIsBetter, hold, 49.9));
    }
}
