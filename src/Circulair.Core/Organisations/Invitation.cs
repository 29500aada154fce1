using System.Security.Cryptography;
using System.Text;
using Circulair.Persistence;

namespace Circulair.Organisations;

/// <summary>
/// An invitation to join an organisation, sent by e-mail as a link. Single use and expiring. Only the hash
/// of the token is stored, so a database leak does not leak working links.
/// </summary>
public sealed class Invitation : IOrganisationScoped
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private Invitation()
    {
        Email = "";
        TokenHash = "";
    }

    private Invitation(int organisationId, string email, OrganisationRole role, string tokenHash, int invitedByUserId, DateTime now)
    {
        OrganisationId = organisationId;
        Email = email;
        Role = role;
        TokenHash = tokenHash;
        InvitedByUserId = invitedByUserId;
        CreatedAt = now;
        ExpiresAt = now + Lifetime;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;

    [Audit.PersonalData]
    public string Email { get; private set; }

    public OrganisationRole Role { get; private set; }
    [Audit.NotAudited]
    public string TokenHash { get; private set; }
    public int InvitedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? AcceptedAt { get; private set; }
    public int? AcceptedByUserId { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    /// <summary>Creates an invitation and returns the raw token that goes into the e-mail link (never stored).</summary>
    public static (Invitation Invitation, string Token) Create(int organisationId, string email, OrganisationRole role, int invitedByUserId, DateTime now)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new Invitation(organisationId, NormaliseEmail(email), role, Hash(token), invitedByUserId, now), token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public InvitationState StateAt(DateTime now) =>
        RevokedAt is not null ? InvitationState.Revoked
        : AcceptedAt is not null ? InvitationState.Used
        : now >= ExpiresAt ? InvitationState.Expired
        : InvitationState.Open;

    public void Accept(int userId, DateTime now)
    {
        switch (StateAt(now))
        {
            case InvitationState.Used: throw new DomainException("Errors.InvitationUsed");
            case InvitationState.Expired: throw new DomainException("Errors.InvitationExpired");
            case InvitationState.Revoked: throw new DomainException("Errors.InvitationRevoked");
        }
        AcceptedAt = now;
        AcceptedByUserId = userId;
    }

    /// <summary>
    /// Sends the invitation again: a new invitation with a new token and a fresh lifetime. This one stops
    /// working (revoked when still open), so only the newest link opens the door. A used invitation is done.
    /// </summary>
    public (Invitation Invitation, string Token) Resend(int invitedByUserId, DateTime now)
    {
        var state = StateAt(now);
        if (state == InvitationState.Used)
        {
            throw new DomainException("Errors.InvitationUsed");
        }
        if (state == InvitationState.Open)
        {
            RevokedAt = now;
        }
        return Create(OrganisationId, Email, Role, invitedByUserId, now);
    }

    public void Revoke(DateTime now)
    {
        if (StateAt(now) != InvitationState.Open)
        {
            throw new DomainException("Errors.InvitationNotOpen");
        }
        RevokedAt = now;
    }
}

public enum InvitationState
{
    Open,
    Used,
    Expired,
    Revoked,
}
