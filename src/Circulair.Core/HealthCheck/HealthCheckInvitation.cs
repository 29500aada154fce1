using Circulair.Audit;
using Circulair.Participation;
using Circulair.Persistence;
using Circulair.Vision;

namespace Circulair.HealthCheck;

/// <summary>
/// A personal, no-login link for someone outside the organisation to score one health-check round
/// (/health-check/{token}). It works like the AMORE link (<see cref="AmoreInvitation"/>): only the hash of the token
/// is stored, it expires after <see cref="Lifetime"/>, it works once, and renewing it gives the same rater a new link
/// whose rating replaces their earlier one.
/// </summary>
public sealed class HealthCheckInvitation : Participation.IPersonalLinkInvitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);
    public const int NameMaxLength = 150;
    public const int EmailMaxLength = 254;

    private HealthCheckInvitation()
    {
        Name = "";
        Email = "";
        TokenHash = "";
    }

    private HealthCheckInvitation(HealthCheckRound round, string name, string email, string tokenHash, DateTime now)
    {
        OrganisationId = round.OrganisationId;
        HealthCheckRoundId = round.Id;
        Round = round;
        Name = name;
        Email = email;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int HealthCheckRoundId { get; private set; }
    public HealthCheckRound Round { get; private set; } = null!;

    [PersonalData]
    public string Name { get; private set; }

    [PersonalData]
    public string Email { get; private set; }

    [NotAudited]
    public string TokenHash { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? UsedAt { get; private set; }

    public RaterKey Rater => RaterKey.External(Id);

    /// <summary>Creates an invitation and returns the raw token for the link (never stored).</summary>
    public static (HealthCheckInvitation Invitation, string Token) Create(HealthCheckRound round, string name, string email, DateTime now)
    {
        if (!round.IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundClosed");
        }
        var cleanName = Clean(name, NameMaxLength) ?? throw new DomainException("HealthCheck.Error.NameRequired");
        var cleanEmail = Clean(email, EmailMaxLength)?.ToLowerInvariant() ?? throw new DomainException("HealthCheck.Error.EmailRequired");
        var token = PersonalLinkToken.New();
        return (new HealthCheckInvitation(round, cleanName, cleanEmail, PersonalLinkToken.Hash(token), now), token);
    }

    public AmoreLinkState StateAt(DateTime now) =>
        UsedAt is not null ? AmoreLinkState.Used
        : now >= ExpiresAt ? AmoreLinkState.Expired
        : AmoreLinkState.Open;

    /// <summary>Rates the round through this link and uses the link up; an expired or used link refuses.</summary>
    public RateOutcome Rate(IEnumerable<BlockScore> scores, DateTime now)
    {
        switch (StateAt(now))
        {
            case AmoreLinkState.Used: throw new DomainException("HealthCheck.Error.LinkUsed");
            case AmoreLinkState.Expired: throw new DomainException("HealthCheck.Error.LinkExpired");
        }
        var outcome = Round.Rate(Rater, Name, scores, now);
        UsedAt = now;
        return outcome;
    }

    /// <summary>A fresh link (new token, new expiry) for the same rater; the old link stops working.</summary>
    public string Renew(DateTime now)
    {
        if (!Round.IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundClosed");
        }
        var token = PersonalLinkToken.New();
        TokenHash = PersonalLinkToken.Hash(token);
        ExpiresAt = now + Lifetime;
        UsedAt = null;
        return token;
    }

    private static string? Clean(string? text, int max)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) ? null : t.Length > max ? throw new DomainException("HealthCheck.Error.TextTooLong", max) : t;
    }
}
