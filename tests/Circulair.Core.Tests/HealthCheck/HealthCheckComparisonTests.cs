using Circulair.HealthCheck;
using Circulair.Vision;

namespace Circulair.Core.Tests.HealthCheck;

public sealed class HealthCheckComparisonTests
{
    private static HealthCheckResults Round(params int[][] raters) =>
        HealthCheckResults.From(raters.Select(r => new HealthCheckResults.Entry("R", RaterKind.Lid, [.. BlockScore.Blocks.Select((b, i) => new BlockScore(b, r[i], null))])));

    [Fact]
    public void The_difference_per_block_is_later_minus_earlier_on_the_shown_means()
    {
        var earlier = Round([1, 2, 3, 3, 3, 3, 3, 3, 3], [2, 2, 3, 3, 3, 3, 3, 3, 4]);
        var later = Round([3, 2, 3, 3, 3, 3, 3, 3, 2], [4, 2, 3, 3, 4, 3, 3, 3, 2], [3, 2, 3, 3, 4, 3, 3, 3, 2]);

        var comparison = HealthCheckComparison.Of(earlier, later);

        var markt = comparison.Blocks[0];
        Assert.Equal(HealthCheckBlock.Marktvorming, markt.Block);
        Assert.Equal(1.5, markt.Earlier);
        Assert.Equal(3.3, markt.Later);
        Assert.Equal(1.8, markt.Difference);                              // 3.3 − 1.5 as shown, not 3.33 − 1.5
        Assert.Equal(0.0, comparison.Blocks[1].Difference);
        Assert.Equal(0.7, comparison.Blocks[4].Difference);               // 3.7 − 3.0
        Assert.Equal(-1.5, comparison.Blocks[8].Difference);              // 2.0 − 3.5
        Assert.Equal(9, comparison.Blocks.Count);
    }

    [Fact]
    public void A_round_without_scores_gives_no_difference()
    {
        var comparison = HealthCheckComparison.Of(HealthCheckResults.Empty, Round([3, 3, 3, 3, 3, 3, 3, 3, 3]));

        Assert.All(comparison.Blocks, b => Assert.Null(b.Difference));
        Assert.All(comparison.Blocks, b => Assert.Equal(3.0, b.Later));
    }
}
