namespace Circulair.Regions.Benchmark;

/// <summary>
/// The benchmark of one indicator in one year as one viewer may see it.
/// </summary>
/// <param name="Year">The year compared: the one asked for, else the latest year any sharing member has a figure for; null without figures.</param>
/// <param name="Rows">The shown members, best first.</param>
/// <param name="Members">Every active member of the region, shown or not.</param>
/// <param name="NotSharing">Members that did not opt in for this indicator: counted, never shown.</param>
/// <param name="WithoutValue">Members that share, but have no figure for the year.</param>
/// <param name="WithoutPopulation">Members that share a figure that needs inhabitants to compare, and none are known.</param>
/// <param name="ViewerMustShare">The viewer is a member that does not share this indicator itself: it sees the counts only.</param>
public sealed record BenchmarkResult(
    string Key,
    BenchmarkScale Scale,
    int? Year,
    IReadOnlyList<BenchmarkRow> Rows,
    BenchmarkDistribution? Distribution,
    int Members,
    int NotSharing,
    int WithoutValue,
    int WithoutPopulation,
    bool ViewerMustShare)
{
    /// <summary>The years in which any shown member has a figure, for choosing another year.</summary>
    public IReadOnlyList<int> Years { get; init; } = [];
}
