namespace Circulair.HealthCheck;

/// <summary>
/// Two rounds side by side, block by block: the shown (rounded) mean of each and the difference later − earlier,
/// computed from the shown means so that the table adds up as read. A block without scores in either round has no
/// difference.
/// </summary>
public sealed record HealthCheckComparison(IReadOnlyList<BlockChange> Blocks)
{
    public static HealthCheckComparison Of(HealthCheckResults earlier, HealthCheckResults later) =>
        new([.. BlockScore.Blocks.Select(b => BlockChange.Of(b, earlier[b].ShownMean, later[b].ShownMean))]);
}
