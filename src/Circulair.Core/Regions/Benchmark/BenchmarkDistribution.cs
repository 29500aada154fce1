namespace Circulair.Regions.Benchmark;

/// <summary>The spread of the shown values: quartiles by linear interpolation (as a spreadsheet's QUARTILE.INC), and the mean.</summary>
public sealed record BenchmarkDistribution(int Count, double Min, double Q1, double Median, double Q3, double Max, double Mean)
{
    public static BenchmarkDistribution? Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }
        return new BenchmarkDistribution(sorted.Length, sorted[0], Quantile(sorted, 0.25), Quantile(sorted, 0.5), Quantile(sorted, 0.75), sorted[^1], sorted.Average());
    }

    /// <summary>The p-quantile of sorted values, interpolating between the two nearest ranks.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        if (sorted.Count == 1)
        {
            return sorted[0];
        }
        var h = (sorted.Count - 1) * p;
        var low = (int)Math.Floor(h);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((h - low) * (sorted[high] - sorted[low]));
    }
}
