namespace Circulair.HealthCheck;

/// <param name="Mean">Unrounded mean, or null without scores.</param>
/// <param name="Spread">Population standard deviation, or null without scores.</param>
public sealed record BlockResult(HealthCheckBlock Block, int Count, double? Mean, double? Spread, int? Lowest, int? Highest, IReadOnlyList<BlockNote> Notes)
{
    /// <summary>Mean rounded to one decimal (half away from zero), as shown.</summary>
    public double? ShownMean => Mean is { } m ? Math.Round(m, 1, MidpointRounding.AwayFromZero) : null;

    public double? ShownSpread => Spread is { } s ? Math.Round(s, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>The raters strongly disagree on this block (see <see cref="HealthCheckResults"/>).</summary>
    public bool IsDisputed => Count >= HealthCheckResults.DisagreementMinRaters && ShownSpread >= HealthCheckResults.DisagreementFrom;

    internal static BlockResult Of(HealthCheckBlock block, IReadOnlyList<int> scores, IReadOnlyList<BlockNote> notes)
    {
        if (scores.Count == 0)
        {
            return new BlockResult(block, 0, null, null, null, null, notes);
        }
        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / scores.Count;
        return new BlockResult(block, scores.Count, mean, Math.Sqrt(variance), scores.Min(), scores.Max(), notes);
    }
}
