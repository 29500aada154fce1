namespace Circulair.HealthCheck;

/// <summary>One block of a <see cref="HealthCheckComparison"/>.</summary>
public sealed record BlockChange(HealthCheckBlock Block, double? Earlier, double? Later, double? Difference)
{
    internal static BlockChange Of(HealthCheckBlock block, double? earlier, double? later) =>
        new(block, earlier, later, earlier is { } e && later is { } l ? Math.Round(l - e, 1, MidpointRounding.AwayFromZero) : null);
}
