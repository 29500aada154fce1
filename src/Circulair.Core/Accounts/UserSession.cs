using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Circulair.Accounts;

/// <summary>
/// One signed-in session of a person, kept on the server so that it can end there: at logout, when the person's
/// password changes or is reset, when it reaches its absolute lifetime. The session cookie names it; a cookie whose
/// session has ended is refused even though its own signature and expiry are still fine (decision 0240).
/// </summary>
public sealed class UserSession
{
    public const int IdLength = 32;
    public const int SignedInWithMaxLength = 100;

    private UserSession()
    {
        Id = "";
    }

    /// <param name="signedInWith">The single sign-on provider's scheme for an SSO session; null for a password session.</param>
    public UserSession(string id, int userId, DateTime startedAt, string? signedInWith = null)
    {
        if (id.Length != IdLength)
        {
            throw new ArgumentException("A session id has 32 characters.", nameof(id));
        }
        Id = id;
        UserId = userId;
        StartedAt = startedAt;
        LastSeenAt = startedAt;
        SignedInWith = signedInWith;
    }

    public string Id { get; private set; }

    public int UserId { get; private set; }

    public DateTime StartedAt { get; private set; }

    /// <summary>Renewed now and then (not on every request), so an operator can see which sessions are in use.</summary>
    public DateTime LastSeenAt { get; private set; }

    /// <summary>
    /// The single sign-on provider (its authentication scheme, e.g. "oidc-entra") the person signed in with; null after
    /// a password. An organisation that requires single sign-on only admits sessions that have one (decision 0360).
    /// </summary>
    public string? SignedInWith { get; private set; }

    /// <summary>Set once; a session never starts again.</summary>
    public DateTime? EndedAt { get; private set; }

    public bool IsOpenAt(DateTime now, TimeSpan absoluteLifetime) => EndedAt is null && now < StartedAt + absoluteLifetime;
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> b)
    {
        b.ToTable("UserSessions");
        b.HasKey(s => s.Id);
        b.Property(s => s.Id).HasMaxLength(UserSession.IdLength).IsUnicode(false);
        b.Property(s => s.SignedInWith).HasMaxLength(UserSession.SignedInWithMaxLength);
        b.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.UserId, s.EndedAt });
    }
}
