namespace Circulair.Library;

/// <summary>A range from low to high (equal for a single figure).</summary>
public sealed record EstimateRange(double Low, double High)
{
    public bool IsSingle => Low.Equals(High);
}
