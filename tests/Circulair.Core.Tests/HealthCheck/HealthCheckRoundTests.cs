using Circulair.HealthCheck;
using Circulair.Vision;

namespace Circulair.Core.Tests.HealthCheck;

public sealed class HealthCheckRoundTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<BlockScore> All(int score, string? note = null) => [.. BlockScore.Blocks.Select(b => new BlockScore(b, score, note))];

    [Fact]
    public void A_second_rating_by_the_same_rater_replaces_the_first_and_says_so()
    {
        var round = new HealthCheckRound(1, "Check 2026", "Ann", Now);

        var first = round.Rate(RaterKey.Member(5), "Ann", All(2, "eerst"), Now);
        var second = round.Rate(RaterKey.Member(5), "Ann", All(4, "  later  "), Now.AddHours(1));

        Assert.Equal(RateOutcome.Added, first);
        Assert.Equal(RateOutcome.Replaced, second);
        var rating = Assert.Single(round.Ratings);
        Assert.Equal(9, rating.Scores.Count);
        Assert.All(rating.ScoreList(), s => Assert.Equal(4, s.Score));
        Assert.All(rating.ScoreList(), s => Assert.Equal("later", s.Note));
        Assert.Equal(Now.AddHours(1), rating.ReplacedAt);
        Assert.Equal(4.0, round.Results()[HealthCheckBlock.Middelen].ShownMean);
    }

    [Fact]
    public void A_rating_without_every_block_is_refused()
    {
        var round = new HealthCheckRound(1, "Check", null, Now);

        var error = Assert.Throws<DomainException>(() => round.Rate(RaterKey.Member(1), "Ann", All(3).Skip(1), Now));
        var twice = Assert.Throws<DomainException>(() => round.Rate(RaterKey.Member(1), "Ann", [.. All(3).Skip(1), new BlockScore(HealthCheckBlock.Coordinatie, 3, null)], Now));

        Assert.Equal("HealthCheck.Error.AllBlocksRequired", error.MessageKey);
        Assert.Equal("HealthCheck.Error.AllBlocksRequired", twice.MessageKey);
        Assert.Empty(round.Ratings);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_score_outside_one_to_five_is_refused(int score)
    {
        var round = new HealthCheckRound(1, "Check", null, Now);
        var scores = All(3).Select(s => s.Block == HealthCheckBlock.Richting ? s with { Score = score } : s);

        var error = Assert.Throws<DomainException>(() => round.Rate(RaterKey.Member(1), "Ann", scores, Now));

        Assert.Equal("HealthCheck.Error.ScoreOutOfRange", error.MessageKey);
        Assert.Empty(round.Ratings);
    }

    [Fact]
    public void A_closed_round_refuses_ratings_until_reopened()
    {
        var round = new HealthCheckRound(1, "Check", null, Now);
        round.Close(Now);

        var error = Assert.Throws<DomainException>(() => round.Rate(RaterKey.Member(1), "Ann", All(3), Now));
        Assert.Equal("HealthCheck.Error.RoundClosed", error.MessageKey);
        Assert.Throws<DomainException>(() => round.Close(Now));

        round.Reopen();
        Assert.Equal(RateOutcome.Added, round.Rate(RaterKey.Member(1), "Ann", All(3), Now));
        Assert.Throws<DomainException>(round.Reopen);
    }

    [Fact]
    public void An_external_link_rates_once_and_not_after_it_expires()
    {
        var round = new HealthCheckRound(1, "Check", null, Now);
        var (invitation, token) = HealthCheckInvitation.Create(round, " Sofie ", "Sofie@Example.TEST", Now);
        var (late, _) = HealthCheckInvitation.Create(round, "Karim", "karim@example.test", Now);

        invitation.Rate(All(4), Now.AddDays(1));

        Assert.Equal("Sofie", invitation.Name);
        Assert.Equal("sofie@example.test", invitation.Email);
        Assert.NotEqual(token, invitation.TokenHash);
        Assert.Equal(AmoreLinkState.Used, invitation.StateAt(Now.AddDays(1)));
        Assert.Equal("HealthCheck.Error.LinkUsed", Assert.Throws<DomainException>(() => invitation.Rate(All(1), Now.AddDays(2))).MessageKey);
        Assert.Equal("HealthCheck.Error.LinkExpired", Assert.Throws<DomainException>(() => late.Rate(All(1), Now + HealthCheckInvitation.Lifetime)).MessageKey);
        var rating = Assert.Single(round.Ratings);
        Assert.Equal(RaterKind.Extern, rating.Kind);
        Assert.Equal("Sofie", rating.RaterName);
    }
}
