using System.Globalization;
using Circulair.Monitoring;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The chart of one indicator: its measurements against the path from the baseline to the targets, and the Flemish
/// reference where the standard set has one, over the years from the first known point to the last. Null when there
/// is nothing to draw yet.
/// </summary>
public static class IndicatorChart
{
    /// <summary>Longer spans are cut to the last years, so the chart stays readable.</summary>
    public const int MaxYears = 60;

    public static ChartModel? Build(Text t, int id, string name, string unit, IndicatorPath? path, IReadOnlyList<TargetValue> measurements, IReadOnlyList<FlemishReferenceValue> references)
    {
        var years = measurements.Select(m => m.Year).ToList();
        if (path is not null)
        {
            years.Add(path.Baseline.Year);
            years.Add(path.FinalTarget.Year);
        }
        if (years.Count == 0)
        {
            return null;
        }
        var last = years.Max();
        var first = Math.Max(years.Min(), last - MaxYears + 1);
        var categories = Enumerable.Range(first, last - first + 1).ToList();
        var measured = measurements.ToDictionary(m => m.Year, m => m.Value);
        var series = new List<ChartSeries>
        {
            new(t["Monitoring.Chart.Measured"], [.. categories.Select(y => measured.TryGetValue(y, out var v) ? v : (double?)null)]),
        };
        if (path is not null)
        {
            series.Add(new(t["Monitoring.Chart.Path"], [.. categories.Select(y => y >= path.Baseline.Year && y <= path.FinalTarget.Year ? Math.Round(path.ValueAt(y), 2) : (double?)null)]));
        }
        var inRange = references.Where(r => r.Year >= first && r.Year <= last).GroupBy(r => r.Year).ToDictionary(g => g.Key, g => g.First().Value);
        if (inRange.Count > 0)
        {
            series.Add(new(t["Monitoring.Chart.Flanders"], [.. categories.Select(y => inRange.TryGetValue(y, out var v) ? v : (double?)null)]));
        }
        var description = measurements.Count == 0
            ? t["Monitoring.Chart.NoMeasurements"].Value
            : t["Monitoring.Chart.Description", measurements.Count, measurements.Max(m => m.Year), MonitoringLabels.Figure(measurements.MaxBy(m => m.Year).Value), unit].Value;
        return new ChartModel(ChartKind.Line, $"indicator-chart-{id}", t["Monitoring.Chart.Title", name], description,
            [.. categories.Select(y => y.ToString(CultureInfo.InvariantCulture))], series, unit, "#,0.##",
            inRange.Count > 0 ? t["Monitoring.Chart.FlandersSource", string.Join("; ", references.Select(r => r.Source).Distinct())].Value : null,
            CultureInfo.CurrentCulture)
        {
            CategoryHeader = t["Monitoring.Chart.Year"],
        };
    }
}
