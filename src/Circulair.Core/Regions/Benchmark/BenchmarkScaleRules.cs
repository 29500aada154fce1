namespace Circulair.Regions.Benchmark;

/// <summary>
/// Which <see cref="BenchmarkScale"/> a unit asks for, and the scaling itself. A unit that already holds "per
/// inhabitant" (<c>/inw</c>) or a percentage is compared as measured; counts and FTE go per 10,000 inhabitants; every
/// other total (tonnes, euros) per inhabitant. Pure (decision 0351).
/// </summary>
public static class BenchmarkScaleRules
{
    public const int TenThousand = 10_000;

    public static BenchmarkScale ForUnit(string? unit)
    {
        var u = (unit ?? "").Trim().ToLowerInvariant();
        if (u.Contains('%', StringComparison.Ordinal) || u.Contains("/inw", StringComparison.Ordinal) || u.Contains("per inw", StringComparison.Ordinal)
            || u.Contains("/inhabitant", StringComparison.Ordinal) || u.Contains("procent", StringComparison.Ordinal))
        {
            return BenchmarkScale.AsMeasured;
        }
        if (u.StartsWith("aantal", StringComparison.Ordinal) || u.StartsWith("vte", StringComparison.Ordinal) || u.StartsWith("fte", StringComparison.Ordinal)
            || u.StartsWith("number", StringComparison.Ordinal))
        {
            return BenchmarkScale.PerTenThousandInhabitants;
        }
        return BenchmarkScale.PerInhabitant;
    }

    public static bool NeedsPopulation(BenchmarkScale scale) => scale != BenchmarkScale.AsMeasured;

    /// <summary>The comparable value, or null when the scale needs inhabitants and none (or zero) are known.</summary>
    public static double? Apply(BenchmarkScale scale, double measured, int? population) => scale switch
    {
        BenchmarkScale.AsMeasured => measured,
        BenchmarkScale.PerInhabitant => population is > 0 and var p ? measured / p : null,
        BenchmarkScale.PerTenThousandInhabitants => population is > 0 and var p ? measured * TenThousand / p : null,
        _ => throw new ArgumentOutOfRangeException(nameof(scale), scale, "Not a scale."),
    };
}
