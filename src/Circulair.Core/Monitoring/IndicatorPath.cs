namespace Circulair.Monitoring;

/// <summary>
/// The path an indicator should follow: straight lines from the baseline through each target in year order. Before
/// the baseline year the path is the baseline; after the last target it stays at that target (a reached goal is to
/// be held). Targets in or before the baseline year are not part of it (the form refuses them).
/// </summary>
public sealed class IndicatorPath
{
    private IndicatorPath(IReadOnlyList<TargetValue> points) => Points = points;

    /// <summary>The baseline first, then the targets by year; at least two points.</summary>
    public IReadOnlyList<TargetValue> Points { get; }

    public TargetValue Baseline => Points[0];

    public TargetValue FinalTarget => Points[^1];

    /// <summary>The size of the planned change, from the baseline to the last target.</summary>
    public double PlannedChange => Math.Abs(FinalTarget.Value - Baseline.Value);

    public static IndicatorPath? From(double? baselineValue, int? baselineYear, IEnumerable<TargetValue> targets)
    {
        if (baselineValue is not { } value || baselineYear is not { } year)
        {
            return null;
        }
        var after = targets.Where(t => t.Year > year).GroupBy(t => t.Year).Select(g => g.First()).OrderBy(t => t.Year).ToList();
        return after.Count == 0 ? null : new IndicatorPath([new TargetValue(year, value), .. after]);
    }

    /// <summary>The value the path expects in <paramref name="year"/>.</summary>
    public double ValueAt(int year)
    {
        if (year <= Baseline.Year)
        {
            return Baseline.Value;
        }
        for (var i = 1; i < Points.Count; i++)
        {
            var (from, to) = (Points[i - 1], Points[i]);
            if (year <= to.Year)
            {
                return from.Value + (to.Value - from.Value) * (year - from.Year) / (to.Year - from.Year);
            }
        }
        return FinalTarget.Value;
    }
}
