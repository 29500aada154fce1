using Circulair.Prioritisation;
using static Circulair.Prioritisation.Quadrant;

namespace Circulair.Core.Tests.Prioritisation;

public sealed class ImpactEffortMatrixTests
{
    [Theory]
    [InlineData(5, 1, QuickWin)]
    [InlineData(5, 5, GrootProject)]
    [InlineData(1, 1, KleineVerbetering)]
    [InlineData(1, 5, Vermijden)]
    [InlineData(4, 2, QuickWin)]
    [InlineData(4, 4, GrootProject)]
    [InlineData(2, 2, KleineVerbetering)]
    [InlineData(2, 4, Vermijden)]
    public void Each_corner_of_the_matrix_gives_its_quadrant(double impact, double effort, Quadrant expected) =>
        Assert.Equal(expected, ImpactEffortMatrix.Classify(impact, effort));

    [Fact]
    public void The_threshold_is_the_middle_of_the_scale_and_the_middle_itself_counts_as_low()
    {
        Assert.Equal(3.0, ImpactEffortMatrix.Threshold);
        Assert.False(ImpactEffortMatrix.IsHigh(3.0));
        Assert.Equal(KleineVerbetering, ImpactEffortMatrix.Classify(3.0, 3.0));
        Assert.Equal(QuickWin, ImpactEffortMatrix.Classify(4.0, 3.0));
        Assert.Equal(Vermijden, ImpactEffortMatrix.Classify(3.0, 4.0));
    }

    [Theory]
    [InlineData(2.99, false)]
    [InlineData(3.0, false)]
    [InlineData(3.01, true)]
    [InlineData(3.5, true)]
    public void A_mean_just_above_the_threshold_is_high_and_one_at_or_below_it_is_low(double score, bool high) =>
        Assert.Equal(high, ImpactEffortMatrix.IsHigh(score));

    [Fact]
    public void Means_around_the_threshold_fall_on_the_expected_side_in_both_directions()
    {
        Assert.Equal(QuickWin, ImpactEffortMatrix.Classify(3.01, 2.99));
        Assert.Equal(GrootProject, ImpactEffortMatrix.Classify(3.01, 3.01));
        Assert.Equal(KleineVerbetering, ImpactEffortMatrix.Classify(2.99, 3.0));
        Assert.Equal(Vermijden, ImpactEffortMatrix.Classify(3.0, 3.01));
    }

    [Fact]
    public void An_action_without_ratings_has_no_quadrant() =>
        Assert.Null(ImpactEffortMatrix.Classify(null, 4.0));

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Scores_run_from_one_to_five(int score, bool valid) => Assert.Equal(valid, ImpactEffortMatrix.InRange(score));
}

public sealed class ScoreSummaryTests
{
    [Fact]
    public void Gives_mean_lowest_highest_and_population_standard_deviation()
    {
        var s = ScoreSummary.Of([2, 4, 4, 4, 5, 5, 7, 9])!;

        Assert.Equal(8, s.Count);
        Assert.Equal(5.0, s.Mean);
        Assert.Equal(2, s.Min);
        Assert.Equal(9, s.Max);
        Assert.Equal(2.0, s.StandardDeviation, 10);
        Assert.Equal(7, s.Range);
    }

    [Fact]
    public void Agreement_has_no_spread_and_a_split_has_a_wide_one()
    {
        Assert.Equal(0.0, ScoreSummary.Of([3, 3, 3])!.StandardDeviation);
        Assert.Equal(2.0, ScoreSummary.Of([1, 5])!.StandardDeviation);
        Assert.Equal(3.0, ScoreSummary.Of([1, 5])!.Mean);
    }

    [Fact]
    public void No_scores_give_no_summary() => Assert.Null(ScoreSummary.Of([]));
}

public sealed class PortfolioMixTests
{
    [Fact]
    public void A_portfolio_with_a_large_project_small_improvements_and_nothing_to_avoid_passes()
    {
        var mix = PortfolioMix.Check([GrootProject, QuickWin, KleineVerbetering, KleineVerbetering, null]);

        Assert.Empty(mix.Warnings);
        Assert.Equal(4, mix.Rated);
        Assert.Equal(1, mix.Unrated);
        Assert.Equal(2, mix[KleineVerbetering]);
    }

    [Fact]
    public void Warns_when_there_is_no_large_project() =>
        Assert.Equal([MixWarning.NoLargeProjects], PortfolioMix.Check([QuickWin, KleineVerbetering]).Warnings);

    [Fact]
    public void Warns_when_nothing_takes_little_effort() =>
        Assert.Equal([MixWarning.NoSmallImprovements], PortfolioMix.Check([GrootProject, GrootProject]).Warnings);

    [Fact]
    public void Quick_wins_count_as_small_improvements() =>
        Assert.DoesNotContain(MixWarning.NoSmallImprovements, PortfolioMix.Check([GrootProject, QuickWin]).Warnings);

    [Fact]
    public void Warns_about_actions_to_avoid_next_to_the_other_warnings() =>
        Assert.Equal([MixWarning.NoLargeProjects, MixWarning.NoSmallImprovements, MixWarning.ActionsToAvoid], PortfolioMix.Check([Vermijden]).Warnings);

    [Fact]
    public void Says_nothing_while_no_action_is_rated()
    {
        var mix = PortfolioMix.Check([null, null]);

        Assert.Empty(mix.Warnings);
        Assert.Equal(0, mix.Rated);
        Assert.Equal(2, mix.Unrated);
    }

    [Theory]
    [InlineData(new[] { 1, 4 }, true)]
    [InlineData(new[] { 2, 5 }, true)]
    [InlineData(new[] { 1, 5, 3 }, true)]
    [InlineData(new[] { 2, 4 }, false)]
    [InlineData(new[] { 3, 3, 4, 5 }, false)]
    [InlineData(new[] { 1 }, false)]
    public void Raters_disagree_strongly_when_their_scores_lie_three_points_or_more_apart(int[] scores, bool strong)
    {
        Assert.Equal(3, ImpactEffortMatrix.DisagreementRange);
        Assert.Equal(strong, ImpactEffortMatrix.DisagreeStrongly(ScoreSummary.Of(scores)));
    }

    [Fact]
    public void No_scores_is_no_disagreement() =>
        Assert.False(ImpactEffortMatrix.DisagreeStrongly(ScoreSummary.Of([])));
}
