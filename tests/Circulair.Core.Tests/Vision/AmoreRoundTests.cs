using Circulair.Vision;

namespace Circulair.Core.Tests.Vision;

public sealed class AmoreRoundTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    internal static AmoreRound NewRound()
    {
        var canvas = new VisionCanvas(1, 7, Now);
        canvas.Describe(null, null, null, "Demostad is in 2030 een stad waar niets verloren gaat.", VisionFocus.None, Now);
        var version = VisionVersion.Save(canvas, [], "Eerste versie", 1, "Ann", Now);
        return new AmoreRound(version, "Ronde 1", "Ann", Now);
    }

    [Fact]
    public void A_second_rating_by_the_same_rater_replaces_the_first_and_says_so()
    {
        var round = NewRound();

        var first = round.Rate(RaterKey.Member(5), "Ann", new AmoreScores(2, 2, 2, 2, 2), "eerst", Now);
        var second = round.Rate(RaterKey.Member(5), "Ann", new AmoreScores(4, 4, 4, 4, 4), "later", Now.AddHours(1));

        Assert.Equal(RateOutcome.Added, first);
        Assert.Equal(RateOutcome.Replaced, second);
        var rating = Assert.Single(round.Ratings);
        Assert.Equal(4, rating.Ambitieus);
        Assert.Equal("later", rating.Comment);
        Assert.Equal(Now.AddHours(1), rating.ReplacedAt);
    }

    [Fact]
    public void Members_externals_and_workshop_participants_are_different_raters()
    {
        var round = NewRound();

        round.Rate(RaterKey.Member(5), "Ann", new AmoreScores(3, 3, 3, 3, 3), null, Now);
        round.Rate(RaterKey.External(5), "Bert", new AmoreScores(3, 3, 3, 3, 3), null, Now);
        round.Rate(RaterKey.Workshop("ws1-p5"), "Tafel 5", new AmoreScores(3, 3, 3, 3, 3), null, Now);

        Assert.Equal(3, round.Ratings.Count);
        Assert.Equal(["lid:5", "extern:5", "workshop:ws1-p5"], round.Ratings.Select(r => r.RaterKey));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void Refuses_a_score_outside_one_to_five(int score)
    {
        var round = NewRound();

        var refused = Assert.Throws<DomainException>(() => round.Rate(RaterKey.Member(1), "Ann", new AmoreScores(3, 3, score, 3, 3), null, Now));

        Assert.Equal("Vision.Error.AmoreScoreOutOfRange", refused.MessageKey);
        Assert.Empty(round.Ratings);
    }

    [Fact]
    public void A_closed_round_refuses_ratings_until_reopened()
    {
        var round = NewRound();
        round.Close(Now);

        var refused = Assert.Throws<DomainException>(() => round.Rate(RaterKey.Member(1), "Ann", new AmoreScores(3, 3, 3, 3, 3), null, Now));
        round.Reopen();
        round.Rate(RaterKey.Member(1), "Ann", new AmoreScores(3, 3, 3, 3, 3), null, Now);

        Assert.Equal("Vision.Error.AmoreRoundClosed", refused.MessageKey);
        Assert.Single(round.Ratings);
    }

    [Fact]
    public void An_external_link_works_once_expires_and_can_be_renewed_for_the_same_rater()
    {
        var round = NewRound();
        var (invitation, token) = AmoreInvitation.Create(round, "Bert Buur", "Bert@Example.org", Now);

        Assert.Equal(AmoreInvitation.Hash(token), invitation.TokenHash);
        Assert.Equal("bert@example.org", invitation.Email);
        Assert.Equal(AmoreLinkState.Open, invitation.StateAt(Now));
        Assert.Equal(AmoreLinkState.Expired, invitation.StateAt(Now + AmoreInvitation.Lifetime));

        invitation.Rate(new AmoreScores(2, 2, 2, 2, 2), null, Now);
        Assert.Equal(AmoreLinkState.Used, invitation.StateAt(Now));
        Assert.Equal("Vision.Error.AmoreLinkUsed", Assert.Throws<DomainException>(() => invitation.Rate(new AmoreScores(3, 3, 3, 3, 3), null, Now)).MessageKey);

        var renewed = invitation.Renew(Now.AddDays(1));
        var outcome = invitation.Rate(new AmoreScores(5, 5, 5, 5, 5), null, Now.AddDays(1));

        Assert.NotEqual(token, renewed);
        Assert.Equal(RateOutcome.Replaced, outcome);
        Assert.Equal(5, Assert.Single(round.Ratings).Echt);
    }

    [Fact]
    public void An_expired_link_refuses_a_rating()
    {
        var round = NewRound();
        var (invitation, _) = AmoreInvitation.Create(round, "Bert", "bert@example.org", Now);

        var refused = Assert.Throws<DomainException>(() => invitation.Rate(new AmoreScores(3, 3, 3, 3, 3), null, Now.AddDays(15)));

        Assert.Equal("Vision.Error.AmoreLinkExpired", refused.MessageKey);
        Assert.Empty(round.Ratings);
    }
}
