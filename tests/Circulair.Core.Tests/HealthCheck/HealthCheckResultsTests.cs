using Circulair.HealthCheck;
using Circulair.Vision;

namespace Circulair.Core.Tests.HealthCheck;

/// <summary>The aggregation of a round over its raters: mean, spread, range, count and the disagreement flag per block.</summary>
public sealed class HealthCheckResultsTests
{
    /// <summary>A rating where <paramref name="marktvorming"/> is the score for the first block and every other block scores 3.</summary>
    private static HealthCheckResults.Entry Rater(int marktvorming, string? note = null, string name = "Rater") =>
        new(name, RaterKind.Lid, [.. BlockScore.Blocks.Select(b => new BlockScore(b, b == HealthCheckBlock.Marktvorming ? marktvorming : 3, b == HealthCheckBlock.Marktvorming ? note : null))]);

    public static TheoryData<int[], double?, double?, int?, int?, bool> Cases => new()
    {
        // scores            mean    σ (shown)  lowest highest disputed
        { [],                 null,   null,      null,  null,   false },
        { [4],                4.0,    0.0,       4,     4,      false },   // one rater never disagrees
        { [1, 5],             3.0,    2.0,       1,     5,      true },
        { [1, 4],             2.5,    1.5,       1,     4,      true },    // three points apart
        { [2, 4],             3.0,    1.0,       2,     4,      false },   // two points apart
        { [3, 3, 3, 3, 1],    2.6,    0.8,       1,     3,      false },   // one outlier among five
        { [2, 2, 2, 5],       2.8,    1.3,       2,     5,      true },    // σ 1.299 → shown 1.3
        { [2, 3, 5],          3.3,    1.2,       2,     5,      true },    // σ 1.247 → shown 1.2: at the threshold
        { [1, 2, 3, 3],       2.3,    0.8,       1,     3,      false },   // mean 2.25 rounds half away from zero
        { [1, 1, 5, 5],       3.0,    2.0,       1,     5,      true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Aggregates_a_block_over_its_raters(int[] scores, double? mean, double? spread, int? lowest, int? highest, bool disputed)
    {
        var results = HealthCheckResults.From(scores.Select(s => Rater(s)));

        var block = results[HealthCheckBlock.Marktvorming];
        Assert.Equal(scores.Length, results.Raters);
        Assert.Equal(scores.Length, block.Count);
        Assert.Equal(mean, block.ShownMean);
        Assert.Equal(spread, block.ShownSpread);
        Assert.Equal(lowest, block.Lowest);
        Assert.Equal(highest, block.Highest);
        Assert.Equal(disputed, block.IsDisputed);
    }

    [Fact]
    public void Spread_is_the_population_standard_deviation()
    {
        // 2, 2, 2, 5: mean 2.75, deviations -.75 ×3 and 2.25 → variance (3 × .5625 + 5.0625) / 4 = 1.6875
        var results = HealthCheckResults.From([Rater(2), Rater(2), Rater(2), Rater(5)]);

        Assert.Equal(Math.Sqrt(1.6875), results[HealthCheckBlock.Marktvorming].Spread!.Value, 10);
        Assert.Equal(2.75, results[HealthCheckBlock.Marktvorming].Mean!.Value, 10);
    }

    [Fact]
    public void Every_block_is_reported_in_the_order_of_the_figure_and_agreeing_blocks_are_not_flagged()
    {
        var results = HealthCheckResults.From([Rater(1), Rater(5)]);

        Assert.Equal(BlockScore.Blocks, results.Blocks.Select(b => b.Block));
        Assert.Equal([HealthCheckBlock.Marktvorming], results.Disputed.Select(b => b.Block));
        Assert.Equal(3.0, results[HealthCheckBlock.Coordinatie].ShownMean);
        Assert.Equal(0.0, results[HealthCheckBlock.Coordinatie].ShownSpread);
    }

    [Fact]
    public void Notes_are_kept_per_block_with_who_wrote_them()
    {
        var results = HealthCheckResults.From([Rater(2, "geen afzetmarkt", "Sofie"), Rater(4, null, "Karim")]);

        var note = Assert.Single(results[HealthCheckBlock.Marktvorming].Notes);
        Assert.Equal(new BlockNote("Sofie", RaterKind.Lid, "geen afzetmarkt"), note);
        Assert.Empty(results[HealthCheckBlock.Ondernemerschap].Notes);
    }
}
