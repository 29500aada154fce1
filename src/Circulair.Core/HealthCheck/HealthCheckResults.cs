using Circulair.Vision;

namespace Circulair.HealthCheck;

/// <summary>
/// The outcome of a health-check round per building block: mean, spread, lowest and highest score, number of
/// raters, the notes, and a flag where the raters strongly disagree.
/// <para>Spread is the population standard deviation (σ): the raters of a round are the whole group we look at, not
/// a sample; with one rater it is 0. As in the AMORE results (<see cref="AmoreResults"/>).</para>
/// <para>Disagreement: at least <see cref="DisagreementMinRaters"/> raters and σ, rounded to one decimal as shown,
/// of at least <see cref="DisagreementFrom"/>. Two raters at 1 and 4 (σ 1,5) are flagged, two at 2 and 4 (σ 1,0) are
/// not. The rule and its threshold are explained in docs/decisions/0266-health-check-disagreement.md.</para>
/// </summary>
public sealed record HealthCheckResults(IReadOnlyList<BlockResult> Blocks, int Raters)
{
    public const double DisagreementFrom = 1.2;
    public const int DisagreementMinRaters = 2;

    public sealed record Entry(string RaterName, RaterKind Kind, IReadOnlyList<BlockScore> Scores);

    public BlockResult this[HealthCheckBlock block] => Blocks.Single(b => b.Block == block);

    public IEnumerable<BlockResult> Disputed => Blocks.Where(b => b.IsDisputed);

    public static HealthCheckResults Empty { get; } = From([]);

    public static HealthCheckResults From(IEnumerable<Entry> entries)
    {
        var list = entries.ToList();
        var blocks = BlockScore.Blocks
            .Select(block =>
            {
                var scores = list.SelectMany(e => e.Scores.Where(s => s.Block == block).Select(s => (e, s))).ToList();
                var notes = scores.Where(x => x.s.Note is not null).Select(x => new BlockNote(x.e.RaterName, x.e.Kind, x.s.Note!)).ToList();
                return BlockResult.Of(block, [.. scores.Select(x => x.s.Score)], notes);
            })
            .ToList();
        return new HealthCheckResults(blocks, list.Count);
    }
}
