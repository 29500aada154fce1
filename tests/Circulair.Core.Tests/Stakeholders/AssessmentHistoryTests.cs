using Circulair.Stakeholders;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Core.Tests.Stakeholders;

public sealed class AssessmentHistoryTests
{
    private static readonly AssessmentPoint January = new(new DateOnly(2026, 1, 5), 1, Hoog, Hoog);
    private static readonly AssessmentPoint February = new(new DateOnly(2026, 2, 10), 2, Hoog, Middel);
    private static readonly AssessmentPoint[] Points = [February, January];

    [Fact]
    public void The_rating_on_a_date_is_the_latest_one_on_or_before_it()
    {
        Assert.Null(AssessmentHistory.At(Points, new DateOnly(2026, 1, 4)));
        Assert.Equal(January, AssessmentHistory.At(Points, new DateOnly(2026, 1, 5)));
        Assert.Equal(January, AssessmentHistory.At(Points, new DateOnly(2026, 2, 9)));
        Assert.Equal(February, AssessmentHistory.At(Points, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void Two_ratings_of_the_same_day_are_ordered_by_when_they_were_recorded()
    {
        var later = new AssessmentPoint(January.Date, 9, Laag, Laag);
        Assert.Equal(later, AssessmentHistory.At([January, later], January.Date));
    }

    [Fact]
    public void Flags_interest_down_when_the_latest_rating_lowers_interest()
    {
        var m = AssessmentHistory.MovementAt(Points, new DateOnly(2026, 3, 1))!;

        Assert.True(m.HasMoved);
        Assert.Equal(Trend.Gedaald, m.Interest);
        Assert.Equal(Trend.Gelijk, m.Power);
        Assert.True(m.ApproachChanged);
        Assert.Equal(StakeholderApproach.ContinuEnActiefManagement, m.From!.Approach);
        Assert.Equal(StakeholderApproach.HoudTevreden, m.To.Approach);
    }

    [Fact]
    public void Flags_power_up_and_keeps_the_approach_when_only_the_row_changes_within_keep_involved()
    {
        var a = new AssessmentPoint(new DateOnly(2026, 1, 1), 1, Laag, Hoog);
        var b = new AssessmentPoint(new DateOnly(2026, 2, 1), 2, Middel, Hoog);
        var m = AssessmentHistory.MovementAt([a, b], new DateOnly(2026, 2, 1))!;
        Assert.Equal(Trend.Gestegen, m.Power);
        Assert.True(m.ApproachChanged);

        var c = new AssessmentPoint(new DateOnly(2026, 3, 1), 3, Middel, Laag);
        var m2 = AssessmentHistory.MovementAt([a, b, c], new DateOnly(2026, 3, 1))!;
        Assert.Equal(Trend.Gedaald, m2.Interest);
        Assert.False(m2.ApproachChanged);
    }

    [Fact]
    public void A_first_rating_is_not_a_movement_and_an_unrated_date_has_none()
    {
        var m = AssessmentHistory.MovementAt(Points, new DateOnly(2026, 1, 20))!;
        Assert.Null(m.From);
        Assert.False(m.HasMoved);
        Assert.Null(AssessmentHistory.MovementAt(Points, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void Compared_with_an_earlier_date_the_movement_spans_everything_in_between()
    {
        var march = new AssessmentPoint(new DateOnly(2026, 3, 1), 3, Hoog, Laag);
        var m = AssessmentHistory.MovementAt([January, February, march], new DateOnly(2026, 3, 2), since: new DateOnly(2026, 1, 31))!;
        Assert.Equal(January, m.From);
        Assert.Equal(march, m.To);
        Assert.Equal(Trend.Gedaald, m.Interest);

        var unchanged = AssessmentHistory.MovementAt([January], new DateOnly(2026, 3, 2), since: new DateOnly(2026, 2, 1))!;
        Assert.False(unchanged.HasMoved);
        Assert.NotNull(unchanged.From);
    }
}
