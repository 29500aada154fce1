using Circulair.HealthCheck;

namespace Circulair.Workshops;

/// <summary>
/// The transition health check (guide ch. 5.3) as a live activity: every participant scores the nine building blocks
/// from 1 (weak) to 5 (strong). Nothing to prepare; each score is a response with the block as its slot.
/// </summary>
public sealed class HealthCheckActivityRules : IActivityRules
{
    public ActivityKind Kind => ActivityKind.Gezondheidscheck;

    public bool NeedsItems(WorkshopActivity activity) => false;

    /// <summary>Only complete ratings count (all nine blocks), as in a health-check round.</summary>
    public object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) =>
        HealthCheckResults.From(responses.GroupBy(r => r.ParticipantId)
            .Select(g => Scores(g.ToList()))
            .OfType<IReadOnlyList<BlockScore>>()
            .Select(s => new HealthCheckResults.Entry("", Vision.RaterKind.Workshop, s)));

    /// <summary>One participant's nine scores (slot = block), or null while one is missing.</summary>
    public static IReadOnlyList<BlockScore>? Scores(IReadOnlyList<ResponseValue> mine)
    {
        var scores = BlockScore.Blocks.Select(b => mine.Where(r => r.Slot == (int)b && BlockScore.InRange(r.Value)).Select(r => (int?)r.Value).FirstOrDefault()).ToList();
        return scores.Any(s => s is null) ? null : [.. BlockScore.Blocks.Select((b, i) => new BlockScore(b, scores[i]!.Value, null))];
    }
}
