using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Workshops;

namespace Circulair.Core.Tests.Workshops.Activities;

/// <summary>The registry of kinds and the rules each kind gives the workshop.</summary>
public sealed class ActivityRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static Workshop NewWorkshop()
    {
        var trajectory = new StrategyTrajectory(1, "Circulair 2030", 2025, 2030, null, null);
        var session = trajectory.AddSession(SessionKind.Stakeholders, Phase.Fase2);
        return new Workshop(session, "Workshop", "ACDEFG", Now);
    }

    [Fact]
    public void Every_activity_kind_has_exactly_its_own_rules()
    {
        Assert.Equal(Enum.GetValues<ActivityKind>(), ActivityRules.Kinds);
        Assert.All(Enum.GetValues<ActivityKind>(), k => Assert.Equal(k, ActivityRules.For(k).Kind));
    }

    [Theory]
    [InlineData(ActivityKind.Stippenstemming, true, true, false)]
    [InlineData(ActivityKind.ImpactEffort, true, false, false)]
    [InlineData(ActivityKind.WorldCafe, true, false, true)]
    [InlineData(ActivityKind.Brainwriting, false, false, true)]
    [InlineData(ActivityKind.HoeKunnenWe, false, false, false)]
    [InlineData(ActivityKind.Amore, false, false, false)]
    [InlineData(ActivityKind.Gezondheidscheck, false, false, false)]
    [InlineData(ActivityKind.Canvasverzameling, true, false, false)]
    public void Each_kind_says_whether_it_needs_items_spreads_dots_and_runs_in_rounds(ActivityKind kind, bool needsItems, bool usesDots, bool rounds)
    {
        var activity = NewWorkshop().AddActivity(kind, "Activiteit");

        Assert.Equal((needsItems, usesDots, rounds), (activity.NeedsItems, activity.UsesDots, activity.HasRounds));
    }

    [Theory]
    [InlineData(PollType.EenKeuze, true)]
    [InlineData(PollType.MeerKeuze, true)]
    [InlineData(PollType.Schaal, false)]
    [InlineData(PollType.OpenTekst, false)]
    [InlineData(PollType.Woordwolk, false)]
    public void A_poll_needs_options_only_for_choices(PollType type, bool needsItems)
    {
        var poll = NewWorkshop().AddActivity(ActivityKind.Peiling, "Peiling");
        poll.SetPollType(type);

        Assert.Equal(needsItems, poll.NeedsItems);
    }

    [Fact]
    public void A_dot_vote_without_items_cannot_open_and_a_question_round_can()
    {
        var workshop = NewWorkshop();
        var vote = workshop.AddActivity(ActivityKind.Stippenstemming, "Stem");
        var questions = workshop.AddActivity(ActivityKind.HoeKunnenWe, "Vragen");

        Assert.Equal("Workshops.Error.NoItems", Assert.Throws<DomainException>(() => workshop.Open(vote, 3, Now)).MessageKey);
        workshop.Open(questions, 3, Now);
        Assert.False(questions.UsesDots);
        questions.StartVoting([(7, "Hoe kunnen we meer herstellen?")]);
        Assert.True(questions.UsesDots);
        Assert.Equal("Workshops.Error.NotCollecting", Assert.Throws<DomainException>(() => questions.StartVoting([(8, "Nog een")])).MessageKey);
    }

    [Fact]
    public void Brainwriting_counts_its_sheets_when_it_first_opens_and_keeps_them_when_reopened()
    {
        var workshop = NewWorkshop();
        var ideas = workshop.AddActivity(ActivityKind.Brainwriting, "Ideeën");

        workshop.Open(ideas, 4, Now);
        workshop.Close(ideas, Now);
        workshop.Open(ideas, 9, Now);

        Assert.Equal((4, 1), (ideas.SheetCount, ideas.Round));
        Assert.Equal(2, BrainwritingRules.IdeasLeft(3, 1));
        Assert.Equal(0, BrainwritingRules.IdeasLeft(3, 5));
    }

    [Fact]
    public void A_phone_asks_at_most_ten_questions()
    {
        Assert.True(HowMightWeRules.MayAsk(9));
        Assert.False(HowMightWeRules.MayAsk(10));
    }

    [Theory]
    [InlineData("herstel", true)]
    [InlineData("samen herstellen", false)]
    [InlineData("eenheelllangwoorddatnietinhetvakpastnochindewolkvan", false)]
    public void A_word_cloud_takes_one_word_of_at_most_forty_characters(string word, bool accepted) =>
        Assert.Equal(accepted, PollRules.IsOneWord(word));

    [Fact]
    public void A_health_check_rating_counts_only_when_all_nine_blocks_are_scored()
    {
        var activity = NewWorkshop().AddActivity(ActivityKind.Gezondheidscheck, "Gezondheidscheck");
        ResponseValue[] complete = [.. Enumerable.Range(1, 9).Select(b => new ResponseValue(1, 0, b, b % 5 + 1, null))];
        ResponseValue[] partial = [.. Enumerable.Range(1, 8).Select(b => new ResponseValue(2, 0, b, 3, null))];

        var results = Assert.IsType<Circulair.HealthCheck.HealthCheckResults>(activity.Rules.Tally(activity, [.. complete, .. partial]));

        Assert.Equal(1, results.Raters);
        Assert.Null(HealthCheckActivityRules.Scores(partial));
        Assert.Equal(2.0, results[Circulair.HealthCheck.HealthCheckBlock.Marktvorming].Mean);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Impact_and_effort_are_scored_from_1_to_5(int score, bool accepted) =>
        Assert.Equal(accepted, ImpactEffortRules.IsScore(score));
}
