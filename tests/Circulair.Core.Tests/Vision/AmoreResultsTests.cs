using Circulair.Vision;

namespace Circulair.Core.Tests.Vision;

public sealed class AmoreResultsTests
{
    private static AmoreResults.Entry Rated(int a, int m, int o, int r, int e, string? comment = null) =>
        new(new AmoreScores(a, m, o, r, e), comment, "Rater", RaterKind.Lid);

    [Fact]
    public void Mean_spread_range_and_count_per_criterion_use_the_population_standard_deviation()
    {
        var results = AmoreResults.From([Rated(2, 5, 3, 4, 1), Rated(4, 5, 3, 4, 1), Rated(4, 5, 3, 1, 1), Rated(5, 5, 3, 3, 2)]);

        var ambitieus = results[AmoreCriterion.Ambitieus];
        Assert.Equal(4, results.Raters);
        Assert.Equal(4, ambitieus.Count);
        Assert.Equal(3.75, ambitieus.Mean!.Value, 10);
        // scores 2,4,4,5: deviations -1.75, .25, .25, 1.25 → variance (3.0625+.0625+.0625+1.5625)/4 = 1.1875
        Assert.Equal(Math.Sqrt(1.1875), ambitieus.Spread!.Value, 10);
        Assert.Equal(1.1, ambitieus.ShownSpread);
        Assert.Equal(3.8, ambitieus.ShownMean);
        Assert.Equal(2, ambitieus.Lowest);
        Assert.Equal(5, ambitieus.Highest);
        Assert.Equal([0, 1, 0, 2, 1], ambitieus.Distribution);
        Assert.Equal(0, results[AmoreCriterion.Motiverend].Spread);
    }

    [Fact]
    public void Flags_criteria_whose_shown_mean_is_under_three()
    {
        var results = AmoreResults.From([Rated(1, 3, 3, 3, 2), Rated(2, 3, 3, 2, 4), Rated(3, 3, 3, 4, 3)]);

        Assert.True(results[AmoreCriterion.Ambitieus].IsFlagged);     // 2.0
        Assert.False(results[AmoreCriterion.Motiverend].IsFlagged);   // 3.0 exactly
        Assert.False(results[AmoreCriterion.Relevant].IsFlagged);     // 3.0
        Assert.False(results[AmoreCriterion.Echt].IsFlagged);         // 3.0
    }

    [Fact]
    public void A_mean_that_shows_as_three_is_not_flagged_and_one_that_shows_as_two_point_nine_is()
    {
        // 2.96 shows as 3.0; 2.94 shows as 2.9
        var high = CriterionResult.Of(AmoreCriterion.Echt, [.. Enumerable.Repeat(3, 24), 2]);  // 74/25 = 2.96
        var low = CriterionResult.Of(AmoreCriterion.Echt, [.. Enumerable.Repeat(3, 47), 2, 2, 2]); // 147/50 = 2.94

        Assert.Equal(3.0, high.ShownMean);
        Assert.False(high.IsFlagged);
        Assert.Equal(2.9, low.ShownMean);
        Assert.True(low.IsFlagged);
    }

    [Fact]
    public void Without_ratings_there_is_no_mean_and_no_flag()
    {
        var results = AmoreResults.From([]);

        Assert.All(results.Criteria, c =>
        {
            Assert.Null(c.Mean);
            Assert.Null(c.Spread);
            Assert.Equal(0, c.Count);
            Assert.False(c.IsFlagged);
        });
        Assert.Equal(0, results.Raters);
    }

    [Fact]
    public void Collects_the_comments_that_were_given()
    {
        var results = AmoreResults.From([Rated(3, 3, 3, 3, 3, "Te vaag"), Rated(4, 4, 4, 4, 4)]);

        var comment = Assert.Single(results.Comments);
        Assert.Equal("Te vaag", comment.Text);
    }
}
