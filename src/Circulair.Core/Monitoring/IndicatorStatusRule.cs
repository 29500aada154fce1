namespace Circulair.Monitoring;

/// <summary>The judgement of one indicator with the figures it rests on, so a page can explain it.</summary>
/// <param name="Latest">The most recent measurement (year, value), or null.</param>
/// <param name="Expected">What the path expects in the latest measurement's year, or null without a path.</param>
/// <param name="Shortfall">How far the latest value lags the path in the indicator's bad direction (≤ 0: on or ahead of it).</param>
/// <param name="Tolerance">The largest shortfall that still counts as "behind" rather than "off track".</param>
public sealed record IndicatorAssessment(IndicatorStatus Status, TargetValue? Latest, double? Expected, double? Shortfall, double? Tolerance);

/// <summary>
/// The one published rule for an indicator's status (decision 0260). In this order:
/// <list type="number">
/// <item><b>No recent data</b>: no measurement, or the latest is about a year more than <see cref="RecentYears"/>
/// before the current year (Flemish figures arrive a year or two late, so 2024 still counts in 2026).</item>
/// <item><b>No path</b>: the baseline or every target is missing, so there is nothing to judge against.</item>
/// <item>Otherwise the latest value is compared with the path's value in its year (<see cref="IndicatorPath.ValueAt"/>).
/// The shortfall is how far it lags in the bad direction (expected − measured when higher is better, measured −
/// expected when lower is better). <b>On track</b>: shortfall ≤ 0. <b>Behind</b>: 0 &lt; shortfall ≤
/// <see cref="BehindShare"/> × the planned change (|last target − baseline|). <b>Off track</b>: a larger shortfall.</item>
/// </list>
/// The boundaries belong to the better status: exactly on the path is on track, exactly a quarter of the planned change
/// short is behind.
/// </summary>
public static class IndicatorStatusRule
{
    public const int RecentYears = 2;
    public const double BehindShare = 0.25;

    /// <summary>Absorbs floating-point noise at the boundaries (0.1 + 0.2 is not 0.3).</summary>
    private const double Epsilon = 1e-9;

    public static IndicatorAssessment Judge(IndicatorDirection direction, IndicatorPath? path, IEnumerable<TargetValue> measurements, int currentYear)
    {
        TargetValue? latest = measurements.OrderByDescending(m => m.Year).Select(m => (TargetValue?)m).FirstOrDefault();
        if (latest is not { } last || last.Year < currentYear - RecentYears)
        {
            return new(IndicatorStatus.NoRecentData, latest, null, null, null);
        }
        if (path is null)
        {
            return new(IndicatorStatus.NoPath, last, null, null, null);
        }
        var expected = path.ValueAt(last.Year);
        var shortfall = direction == IndicatorDirection.LowerIsBetter ? last.Value - expected : expected - last.Value;
        var tolerance = BehindShare * path.PlannedChange;
        var slack = Epsilon * Math.Max(1, Math.Max(Math.Abs(expected), path.PlannedChange));
        var status = shortfall <= slack ? IndicatorStatus.OnTrack
            : shortfall <= tolerance + slack ? IndicatorStatus.Behind
            : IndicatorStatus.OffTrack;
        return new(status, last, expected, shortfall, tolerance);
    }
}
