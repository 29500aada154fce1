using System.Security.Cryptography;
using System.Text;
using Circulair.Persistence;

namespace Circulair.FollowUp.Owners;

/// <summary>What an update link can still do.</summary>
public enum OwnerLinkState
{
    Open = 1,
    Expired = 2,
    Revoked = 3,

    /// <summary>The action (or the owner on it) was removed after the link was sent.</summary>
    Gone = 4,
}

/// <summary>
/// A signed link for one owner to report on one action without an account (decision 0250): a random token of 256
/// bits of which only the SHA-256 hash is stored, an expiry, and a revocation by the coordinator. Every mail issues
/// fresh links (the token itself is never stored, so it cannot be mailed twice); earlier links stay valid until they
/// expire or are revoked. The link outlives its action and owner (the ids are set to null) so that a late click
/// can be told what happened and whom to ask instead of "not found".
/// </summary>
public sealed class OwnerLink : IOrganisationScoped
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);

    private OwnerLink()
    {
        TokenHash = "";
        OwnerName = "";
    }

    private OwnerLink(OwnerContact contact, string tokenHash, DateTime now, DateTime expiresAt)
    {
        OrganisationId = contact.OrganisationId;
        OwnerContactId = contact.Id;
        PlannedActionId = contact.PlannedActionId;
        OwnerName = contact.Name;
        TokenHash = tokenHash;
        CreatedAt = now;
        ExpiresAt = expiresAt;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int? OwnerContactId { get; private set; }
    public int? PlannedActionId { get; private set; }

    [Audit.PersonalData]
    public string OwnerName { get; private set; }

    [Audit.NotAudited]
    public string TokenHash { get; private set; }

    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    /// <summary>Issues a link valid for <paramref name="lifetime"/>; returns the token to put in the mail (never stored).</summary>
    public static (OwnerLink Link, string Token) Issue(OwnerContact contact, DateTime now, TimeSpan lifetime)
    {
        if (contact.Id == 0)
        {
            throw new InvalidOperationException("Save the owner before issuing a link.");
        }
        if (lifetime <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime));
        }
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return (new OwnerLink(contact, Hash(token), now, now + lifetime), token);
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>Open until the moment it expires (that moment is already expired); revoked and gone win over expired.</summary>
    public OwnerLinkState StateAt(DateTime now)
    {
        if (PlannedActionId is null || OwnerContactId is null)
        {
            return OwnerLinkState.Gone;
        }
        if (RevokedAt is not null)
        {
            return OwnerLinkState.Revoked;
        }
        return now >= ExpiresAt ? OwnerLinkState.Expired : OwnerLinkState.Open;
    }

    public void Revoke(DateTime now)
    {
        RevokedAt ??= now;
    }
}
