using Circulair.Pilots;

namespace Circulair.Core.Tests.Pilots;

public sealed class TestCardTests
{
    private static readonly DateTime Now = new(2026, 6, 15, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Today = new(2026, 6, 15);

    private static PilotTestCard Card(string? criterion = "Minstens 6 van de 10") =>
        new(new Pilot(1, null, new PilotDetails { Name = "Deelplek" }, Today, Now), new TestCardDetails
        {
            Name = "Interviews", Hypothesis = "De doelgroep mist zicht op subsidiekanalen", Criterion = criterion,
        }, Now);

    [Fact]
    public void Refuses_to_start_a_test_without_a_criterion()
    {
        var card = Card(criterion: null);

        var refused = Assert.Throws<DomainException>(() => card.MoveTo(TestStage.Build, Today));

        Assert.Equal("Pilots.Error.CriterionFirst", refused.MessageKey);
        Assert.Equal(TestStage.Backlog, card.Stage);
        Assert.Null(card.StartedOn);
    }

    [Fact]
    public void Starts_with_a_criterion_and_then_keeps_the_criterion_fixed()
    {
        var card = Card();

        card.MoveTo(TestStage.Build, Today);

        Assert.Equal(Today, card.StartedOn);
        Assert.False(card.CriterionOpen);
        var refused = Assert.Throws<DomainException>(() => card.Describe(card.Details with { Criterion = "Minstens 3 van de 10" }));
        Assert.Equal("Pilots.Error.CriterionLocked", refused.MessageKey);
        card.Describe(card.Details with { Owner = "Marie" });
        Assert.Equal("Marie", card.Owner);
    }

    [Fact]
    public void Refuses_a_move_to_its_own_column_and_a_result_before_measuring()
    {
        var card = Card();

        Assert.Equal("Pilots.Error.SameColumn", Assert.Throws<DomainException>(() => card.MoveTo(TestStage.Backlog, Today)).MessageKey);
        card.MoveTo(TestStage.Build, Today);
        Assert.Equal("Pilots.Error.ResultTooEarly", Assert.Throws<DomainException>(() => card.RecordResult(LearningResult.Gevalideerd, null, Today)).MessageKey);
    }

    [Theory]
    [InlineData(LearningResult.Gevalideerd, TestNextStep.VolgendeStap)]
    [InlineData(LearningResult.NietGevalideerd, TestNextStep.TerugNaarWaardepropositie)]
    [InlineData(LearningResult.Onduidelijk, TestNextStep.NieuweTest)]
    public void A_result_sends_the_team_on_as_the_board_rule_says(LearningResult result, TestNextStep expected)
    {
        var card = Card();
        card.MoveTo(TestStage.Build, Today);
        card.MoveTo(TestStage.Measure, Today);

        var next = card.RecordResult(result, "Wat we leerden", Today);

        Assert.Equal(expected, next);
        Assert.Equal(expected, card.NextStep);
        Assert.Equal(TestStage.Learn, card.Stage);
        Assert.Equal(Today, card.ResultOn);
    }

    [Fact]
    public void A_card_with_a_result_no_longer_moves()
    {
        var card = Card();
        card.MoveTo(TestStage.Measure, Today);
        card.RecordResult(LearningResult.Onduidelijk, null, Today);

        Assert.Equal("Pilots.Error.CardLearned", Assert.Throws<DomainException>(() => card.MoveTo(TestStage.Build, Today)).MessageKey);
    }

    [Fact]
    public void Back_in_the_backlog_the_criterion_opens_again()
    {
        var card = Card();
        card.MoveTo(TestStage.Build, Today);

        card.MoveTo(TestStage.Backlog, Today);
        card.Describe(card.Details with { Criterion = "Minstens 3 van de 10" });

        Assert.Null(card.StartedOn);
        Assert.Equal("Minstens 3 van de 10", card.Criterion);
    }
}
