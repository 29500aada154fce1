using System.Security.Cryptography;
using System.Text;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;

namespace Circulair.Tokens;

/// <summary>
/// A personal access token: lets another system use the REST API on behalf of one member, for one organisation,
/// with read or write scope, until it expires or is revoked. The secret is shown once; only its SHA-256 hash is stored,
/// found again through a short random prefix that is part of the token (<c>ctk_&lt;prefix&gt;_&lt;secret&gt;</c>).
/// What the token may do is never more than what the member may do today: the role is read from the membership on
/// every request, and without a membership the token no longer works (decision 0330).
/// </summary>
public sealed class PersonalAccessToken : IOrganisationScoped
{
    public const int NameMaxLength = 100;
    public const string Marker = "ctk_";
    public const int PrefixLength = 12;

    /// <summary>The longest a token may live: one year (and a day, so "a year from today" always fits).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(366);

    private PersonalAccessToken()
    {
        Name = "";
        Prefix = "";
        SecretHash = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;
    public int UserId { get; private set; }
    public string Name { get; private set; }

    /// <summary>The lookup part of the token; not secret on its own, shown in the list to tell tokens apart.</summary>
    public string Prefix { get; private set; }

    [NotAudited]
    public string SecretHash { get; private set; }

    public TokenScope Scope { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    /// <summary>Written by the API's authentication (at most once a minute), not by SaveChanges: using a token is no change to trace.</summary>
    [NotAudited]
    public DateTime? LastUsedAt { get; private set; }

    /// <summary>Creates a token and returns the whole token text, which is shown once and never stored.</summary>
    public static (PersonalAccessToken Token, string Text) Issue(int organisationId, int userId, string name, TokenScope scope, DateTime expiresAt, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > NameMaxLength)
        {
            throw new DomainException("Tokens.Validation.NameRequired");
        }
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Not a scope.");
        }
        if (expiresAt <= now || expiresAt > now + MaxLifetime)
        {
            throw new DomainException("Tokens.Validation.ExpiryRange");
        }
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        var text = $"{Marker}{prefix}_{secret}";
        var token = new PersonalAccessToken
        {
            OrganisationId = organisationId,
            UserId = userId,
            Name = name.Trim(),
            Prefix = prefix,
            SecretHash = Hash(text),
            Scope = scope,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        return (token, text);
    }

    public static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Reads the lookup prefix out of a presented token; false when it does not have the token's shape.</summary>
    public static bool TryReadPrefix(string? text, out string prefix)
    {
        prefix = "";
        if (text is null || text.Length < Marker.Length + PrefixLength + 2 || text.Length > 200 || !text.StartsWith(Marker, StringComparison.Ordinal)
            || text[Marker.Length + PrefixLength] != '_')
        {
            return false;
        }
        prefix = text.Substring(Marker.Length, PrefixLength);
        return true;
    }

    /// <summary>True when <paramref name="text"/> is this token (compared in constant time).</summary>
    public bool Matches(string text) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(text)), Encoding.ASCII.GetBytes(SecretHash));

    public bool IsUsableAt(DateTime now) => RevokedAt is null && now < ExpiresAt;

    /// <summary>A token allows writing only with write scope, and only when the member's current role writes too.</summary>
    public static bool AllowsWrite(TokenScope scope, OrganisationRole role) => scope == TokenScope.Write && role.Includes(OrganisationRole.Teamlid);

    public void Revoke(DateTime now)
    {
        if (RevokedAt is not null)
        {
            throw new DomainException("Tokens.AlreadyRevoked");
        }
        RevokedAt = now;
    }
}

public enum TokenScope
{
    Read = 1,
    Write = 2,
}
