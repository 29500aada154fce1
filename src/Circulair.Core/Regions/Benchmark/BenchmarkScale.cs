namespace Circulair.Regions.Benchmark;

/// <summary>How a figure is made comparable between members of different size (decision 0351).</summary>
public enum BenchmarkScale
{
    /// <summary>Already a rate or a share (kg/inw/jaar, %): compared as measured.</summary>
    AsMeasured = 1,

    /// <summary>A total in tonnes or euros: divided by the inhabitants.</summary>
    PerInhabitant = 2,

    /// <summary>A count or a number of FTE: per 10,000 inhabitants, so the figures stay readable.</summary>
    PerTenThousandInhabitants = 3,
}
