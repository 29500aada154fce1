using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Vision;
using Circulair.Workshops;

namespace Circulair.Core.Tests.Workshops;

public sealed class TalliesTests
{
    private static WorkshopActivity Activity(ActivityKind kind, params string[] items)
    {
        var trajectory = new StrategyTrajectory(1, "T", 2025, 2030, null, null);
        var workshop = new Workshop(trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2), "W", "ACDEFG", DateTime.UtcNow);
        var activity = workshop.AddActivity(kind, "A");
        var id = 1;
        foreach (var text in items)
        {
            var item = activity.AddItem(text);
            typeof(WorkshopItem).GetProperty(nameof(WorkshopItem.Id))!.SetValue(item, id++);
        }
        return activity;
    }

    [Fact]
    public void Dot_results_rank_by_dots_with_shared_ranks_for_ties_and_count_voters()
    {
        var a = Activity(ActivityKind.Stippenstemming, "Een", "Twee", "Drie");
        ResponseValue[] votes = [new(1, 1, 0, 2, null), new(1, 2, 0, 3, null), new(2, 2, 0, 1, null), new(2, 3, 0, 4, null)];

        var results = DotResults.From(a.OrderedItems(), votes);

        Assert.Equal([("Twee", 4, 1, 2), ("Drie", 4, 1, 1), ("Een", 2, 3, 1)], results.Rows.Select(r => (r.Text, r.Dots, r.Rank, r.Voters)));
        Assert.Equal((2, 10), (results.Participants, results.DotsGiven));
    }

    [Fact]
    public void Poll_results_count_options_average_the_scale_and_group_words_regardless_of_case()
    {
        var a = Activity(ActivityKind.Peiling, "Ja", "Nee");
        var choice = PollResults.From(PollType.EenKeuze, a.OrderedItems(), [new(1, 1, 0, 1, null), new(2, 1, 0, 1, null), new(3, 2, 0, 1, null)]);
        var scale = PollResults.From(PollType.Schaal, [], [new(1, 0, 0, 4, null), new(2, 0, 0, 5, null)]);
        var words = PollResults.From(PollType.Woordwolk, [], [new(1, 0, 1, 0, "Herstel"), new(2, 0, 1, 0, "herstel!"), new(2, 0, 2, 0, "delen")]);

        Assert.Equal([2, 1], choice.Options.Select(o => o.Count));
        Assert.Equal(4.5, scale.ScaleMean);
        Assert.Equal([0, 0, 0, 1, 1], scale.ScaleCounts);
        Assert.Equal([("Herstel", 2), ("delen", 1)], words.Words.Select(w => (w.Word, w.Count)));
        Assert.Equal(5, words.Words[0].Weight(2));
    }

    [Fact]
    public void Impact_effort_averages_per_rater_and_places_actions_in_the_quadrants()
    {
        var a = Activity(ActivityKind.ImpactEffort, "Snel", "Groot", "Klein", "Niet");
        ResponseValue Score(int who, int item, int slot, int value) => new(who, item, slot, value, null);
        ResponseValue[] scores =
        [
            Score(1, 1, 1, 5), Score(1, 1, 2, 1), Score(2, 1, 1, 4), Score(2, 1, 2, 2),
            Score(1, 2, 1, 4), Score(1, 2, 2, 4),
            Score(1, 3, 1, 2), Score(1, 3, 2, 2),
            Score(1, 4, 1, 1), Score(1, 4, 2, 5),
        ];

        var rows = ImpactEffortRow.From(a.OrderedItems(), scores);

        Assert.Equal((4.5, 1.5, 2), (rows[0].Impact!.Value, rows[0].Effort!.Value, rows[0].Raters));
        Assert.Equal([ImpactEffortQuadrant.QuickWin, ImpactEffortQuadrant.GrootProject, ImpactEffortQuadrant.KleineVerbetering, ImpactEffortQuadrant.Vermijden], rows.Select(r => r.Quadrant!.Value));
    }

    [Fact]
    public void Workshop_AMORE_ratings_summarise_like_a_round_and_skip_incomplete_ones()
    {
        ResponseValue[] given =
        [
            new(1, 0, 1, 4, null), new(1, 0, 2, 4, null), new(1, 0, 3, 2, null), new(1, 0, 4, 5, null), new(1, 0, 5, 3, null), new(1, 0, 0, 0, "Goed"),
            new(2, 0, 1, 2, null), new(2, 0, 2, 2, null), new(2, 0, 3, 3, null), new(2, 0, 4, 3, null), new(2, 0, 5, 3, null),
            new(3, 0, 1, 5, null),
        ];

        var results = WorkshopAmore.From(given);

        Assert.Equal(2, results.Raters);
        Assert.Equal(3.0, results[AmoreCriterion.Ambitieus].Mean);
        Assert.Equal(2.5, results[AmoreCriterion.Onderscheidend].Mean);
        Assert.Equal("Goed", Assert.Single(results.Comments).Text);
    }

    [Fact]
    public void A_workshop_participant_rates_an_AMORE_round_under_a_key_of_their_own_and_a_second_rating_replaces_the_first()
    {
        var trajectory = new StrategyTrajectory(1, "T", 2025, 2030, null, null);
        var canvas = new VisionCanvas(1, 7, DateTime.UtcNow);
        var version = VisionVersion.Save(canvas, [], "v1", null, null, DateTime.UtcNow);
        var round = new AmoreRound(version, "Ronde", null, DateTime.UtcNow);
        var workshop = new Workshop(trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2), "W", "ACDEFG", DateTime.UtcNow);
        var (participant, _) = WorkshopParticipant.Join(workshop, "Lies", DateTime.UtcNow);

        round.Rate(participant.RaterKey, "Lies", new AmoreScores(3, 3, 3, 3, 3), null, DateTime.UtcNow);
        var second = round.Rate(participant.RaterKey, "Lies", new AmoreScores(5, 5, 5, 5, 5), null, DateTime.UtcNow);

        Assert.Equal(RateOutcome.Replaced, second);
        Assert.Equal(RaterKind.Workshop, Assert.Single(round.Ratings).Kind);
        Assert.StartsWith("workshop:ws", round.Ratings[0].RaterKey, StringComparison.Ordinal);
    }
}
