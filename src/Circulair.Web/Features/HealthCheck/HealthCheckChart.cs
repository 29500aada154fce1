using System.Globalization;
using Circulair.HealthCheck;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>The radar of one round, or of two rounds over each other, as a chart model (mean per block on the 1–5 scale).</summary>
public static class HealthCheckChart
{
    public static ChartModel Radar(string id, IReadOnlyList<(string Name, HealthCheckResults Results)> rounds, Text t)
    {
        var blocks = BlockScore.Blocks;
        var series = rounds.Select(r => new ChartSeries(r.Name, [.. blocks.Select(b => r.Results[b].ShownMean)])).ToList();
        var title = rounds.Count == 1 ? t["HealthCheck.Chart.Title", rounds[0].Name].Value : t["HealthCheck.Chart.CompareTitle", rounds[0].Name, rounds[^1].Name].Value;
        return new ChartModel(ChartKind.Radar, id, title, Describe(rounds, t), [.. blocks.Select(b => t[$"HealthCheck.Block.{b}"].Value)], series,
            t["HealthCheck.Chart.Unit"], "N1", null, CultureInfo.CurrentCulture)
        {
            CategoryHeader = t["HealthCheck.Block"],
            ScaleMax = BlockScore.Max,
        };
    }

    /// <summary>One sentence for screen readers: strongest and weakest block of the (last) round, and for two rounds the biggest move.</summary>
    private static string Describe(IReadOnlyList<(string Name, HealthCheckResults Results)> rounds, Text t)
    {
        var last = rounds[^1].Results.Blocks.Where(b => b.ShownMean is not null).ToList();
        if (last.Count == 0)
        {
            return t["HealthCheck.Chart.NoScores"];
        }
        var strongest = last.OrderByDescending(b => b.ShownMean).First();
        var weakest = last.OrderBy(b => b.ShownMean).First();
        var text = t["HealthCheck.Chart.Describe", Name(strongest.Block, t), strongest.ShownMean!.Value.ToString("N1", CultureInfo.CurrentCulture), Name(weakest.Block, t), weakest.ShownMean!.Value.ToString("N1", CultureInfo.CurrentCulture)].Value;
        if (rounds.Count == 2)
        {
            var change = HealthCheckComparison.Of(rounds[0].Results, rounds[1].Results).Blocks.Where(c => c.Difference is not null).OrderByDescending(c => Math.Abs(c.Difference!.Value)).FirstOrDefault();
            if (change is not null)
            {
                text += " " + t["HealthCheck.Chart.DescribeChange", Name(change.Block, t), Signed(change.Difference!.Value)].Value;
            }
        }
        return text;
    }

    public static string Signed(double value) => (value > 0 ? "+" : "") + value.ToString("N1", CultureInfo.CurrentCulture);

    private static string Name(HealthCheckBlock block, Text t) => t[$"HealthCheck.Block.{block}"];
}
