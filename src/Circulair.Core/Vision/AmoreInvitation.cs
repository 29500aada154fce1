using Circulair.Audit;
using Circulair.Persistence;

namespace Circulair.Vision;

/// <summary>
/// A personal, no-login link for an external stakeholder to rate one AMORE round (/amore/{token}). Only the hash
/// of the token is stored. The link expires after <see cref="Lifetime"/> and works once: after the rating is in,
/// opening it again says it was used. To let someone change their rating, a coordinator renews the invitation
/// (a new link for the same rater), and the new rating replaces the old one. See docs/decisions/0151-amore-rounds-and-raters.md.
/// </summary>
public sealed class AmoreInvitation : Participation.IPersonalLinkInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    public const int NameMaxLength = 150;
    public const int EmailMaxLength = 254;

    private AmoreInvitation()
    {
        Name = "";
        Email = "";
        TokenHash = "";
    }

    private AmoreInvitation(AmoreRound round, string name, string email, string tokenHash, DateTime now)
    {
        OrganisationId = round.OrganisationId;
        AmoreRoundId = round.Id;
        Round = round;
        Name = name;
        Email = email;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int AmoreRoundId { get; private set; }
    public AmoreRound Round { get; private set; } = null!;

    [PersonalData]
    public string Name { get; private set; }

    [PersonalData]
    public string Email { get; private set; }

    /// <summary>The stakeholder in the register this rater is, when linked (wired when the register lands).</summary>
    public int? StakeholderId { get; private set; }

    [NotAudited]
    public string TokenHash { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }

    public RaterKey Rater => RaterKey.External(Id);

    /// <summary>Creates an invitation and returns the raw token for the link (never stored).</summary>
    public static (AmoreInvitation Invitation, string Token) Create(AmoreRound round, string name, string email, DateTime now, int? stakeholderId = null)
    {
        if (!round.IsOpen)
        {
            throw new DomainException("Vision.Error.AmoreRoundClosed");
        }
        var cleanName = VisionCanvas.Clean(name, NameMaxLength) ?? throw new DomainException("Vision.Error.AmoreNameRequired");
        var cleanEmail = VisionCanvas.Clean(email, EmailMaxLength)?.ToLowerInvariant() ?? throw new DomainException("Vision.Error.AmoreEmailRequired");
        var token = NewToken();
        return (new AmoreInvitation(round, cleanName, cleanEmail, Hash(token), now) { StakeholderId = stakeholderId }, token);
    }

    public static string Hash(string token) => Participation.PersonalLinkToken.Hash(token);

    public AmoreLinkState StateAt(DateTime now) =>
        UsedAt is not null ? AmoreLinkState.Used
        : now >= ExpiresAt ? AmoreLinkState.Expired
        : AmoreLinkState.Open;

    /// <summary>Rates the round through this link and uses the link up.</summary>
    public RateOutcome Rate(AmoreScores scores, string? comment, DateTime now)
    {
        switch (StateAt(now))
        {
            case AmoreLinkState.Used: throw new DomainException("Vision.Error.AmoreLinkUsed");
            case AmoreLinkState.Expired: throw new DomainException("Vision.Error.AmoreLinkExpired");
        }
        var outcome = Round.Rate(Rater, Name, scores, comment, now);
        UsedAt = now;
        return outcome;
    }

    /// <summary>A fresh link (new token, new expiry) for the same rater; the old link stops working.</summary>
    public string Renew(DateTime now)
    {
        if (!Round.IsOpen)
        {
            throw new DomainException("Vision.Error.AmoreRoundClosed");
        }
        var token = NewToken();
        TokenHash = Hash(token);
        ExpiresAt = now + Lifetime;
        UsedAt = null;
        return token;
    }

    private static string NewToken() => Participation.PersonalLinkToken.New();
}

public enum AmoreLinkState
{
    Open,
    Used,
    Expired,
}
