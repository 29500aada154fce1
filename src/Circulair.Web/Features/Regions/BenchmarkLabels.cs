using System.Globalization;
using Circulair.Regions.Benchmark;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Regions;

/// <summary>The words and the chart of a benchmark, shared by the page and the spreadsheet.</summary>
public static class BenchmarkLabels
{
    /// <summary>The unit of the compared value: the measured unit, or that unit per inhabitant(s).</summary>
    public static string ComparedUnit(Text t, BenchmarkScale scale, string unit) => scale switch
    {
        BenchmarkScale.PerInhabitant => t["Regions.Benchmark.Scale.PerInhabitant", unit],
        BenchmarkScale.PerTenThousandInhabitants => t["Regions.Benchmark.Scale.PerTenThousand", unit],
        _ => unit,
    };

    /// <summary>The shown members as horizontal bars, best first, beside their own 2030 target where one is known; null when nothing is shown.</summary>
    public static ChartModel? Chart(Text t, IndicatorBenchmark b)
    {
        var r = b.Result;
        if (r.Rows.Count == 0 || r.Year is not { } year)
        {
            return null;
        }
        var unit = ComparedUnit(t, r.Scale, b.Info.Unit);
        var series = new List<ChartSeries> { new(t["Regions.Benchmark.Chart.Value", year], [.. r.Rows.Select(x => (double?)Math.Round(x.Value, 4))]) };
        if (r.Rows.Any(x => x.Target is not null))
        {
            series.Add(new(t["Regions.Benchmark.Chart.Target"], [.. r.Rows.Select(x => x.Target)]));
        }
        var description = t["Regions.Benchmark.Chart.Description", r.Rows.Count, r.Members, MonitoringLabels.Figure(r.Distribution!.Median), unit, r.NotSharing].Value;
        return new ChartModel(ChartKind.Bar, "benchmark-chart-" + Css(b.Info.Key), t["Regions.Benchmark.Chart.Title", b.Info.Name, year], description,
            [.. r.Rows.Select(x => $"{x.Rank}. {x.Name}")], series, unit, "#,0.##", null, CultureInfo.CurrentCulture)
        {
            CategoryHeader = t["Regions.Column.Member"],
        };
    }

    /// <summary>A key as a safe id fragment (region keys and standard codes hold only letters, digits and dashes).</summary>
    public static string Css(string key) => new([.. key.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')]);
}
