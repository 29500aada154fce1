namespace Circulair.Regions.Benchmark;

/// <summary>
/// One active member of a region as the benchmark of one indicator sees it: whether it shares that indicator, its
/// yearly figures (only read when it shares), its inhabitants per year (the scan's figures) with the organisation's
/// own figure as fallback, and its own target for comparison (the residual-waste cluster target), when known.
/// </summary>
public sealed record BenchmarkMember(
    int OrganisationId,
    string Name,
    bool Shares,
    IReadOnlyDictionary<int, double> Values,
    IReadOnlyDictionary<int, int> PopulationByYear,
    int? FixedPopulation,
    double? Target = null)
{
    public int? PopulationIn(int year) => PopulationByYear.TryGetValue(year, out var p) ? p : FixedPopulation;
}
