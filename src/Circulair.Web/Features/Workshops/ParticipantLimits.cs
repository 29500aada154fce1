using System.Threading.RateLimiting;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Limits for the anonymous workshop pages. Join codes: every lookup of a code that does not exist counts
/// against the caller's IP address (20 per 5 minutes by default); past that, every code lookup from that address
/// is refused until the window ends, so codes cannot be guessed, while a room full of people behind one address
/// who type their code right is never slowed. Input: per participant (60 a minute) and per IP address (3,000 a
/// minute, generous because a whole room may share one address). Settings under "RateLimits".
/// </summary>
public sealed class ParticipantLimits : IDisposable
{
    private readonly PartitionedRateLimiter<string> _misses;
    private readonly PartitionedRateLimiter<string> _perParticipant;
    private readonly PartitionedRateLimiter<string> _perAddress;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTime> _blocked = new();
    private static readonly TimeSpan MissWindow = TimeSpan.FromMinutes(5);

    public ParticipantLimits(int joinMisses, int postsPerParticipant, int postsPerAddress)
    {
        _misses = Fixed(joinMisses, MissWindow);
        _perParticipant = Fixed(postsPerParticipant, TimeSpan.FromMinutes(1));
        _perAddress = Fixed(postsPerAddress, TimeSpan.FromMinutes(1));
    }

    private static PartitionedRateLimiter<string> Fixed(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0 }));

    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";

    /// <summary>Whether code lookups from this address are refused for now (too many unknown codes).</summary>
    public bool IsBlocked(HttpContext http) =>
        _blocked.TryGetValue(Address(http), out var until) && until > DateTime.UtcNow;

    /// <summary>Counts a lookup of an unknown code; returns false when that was one too many.</summary>
    public bool RecordMiss(HttpContext http)
    {
        var address = Address(http);
        using var lease = _misses.AttemptAcquire(address);
        if (lease.IsAcquired)
        {
            return true;
        }
        _blocked[address] = DateTime.UtcNow + MissWindow;
        return false;
    }

    /// <summary>Takes one permit for a participant's input; false when the participant or their address sends too much.</summary>
    public bool TryPost(HttpContext http, int participantId)
    {
        using var mine = _perParticipant.AttemptAcquire(participantId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!mine.IsAcquired)
        {
            return false;
        }
        using var address = _perAddress.AttemptAcquire(Address(http));
        return address.IsAcquired;
    }

    public void Dispose()
    {
        _misses.Dispose();
        _perParticipant.Dispose();
        _perAddress.Dispose();
    }
}

/// <summary>
/// The device cookie: one per workshop ("cx-w-CODE"), path-limited to that workshop's pages, HttpOnly,
/// SameSite=Lax, holding a random token of which only the hash is stored. It is what makes a phone the same
/// participant on every request; a participant of one workshop has no cookie for another.
/// </summary>
public static class ParticipantCookie
{
    public static string Name(string code) => "cx-w-" + code;

    public static void Set(HttpContext http, string code, string token) =>
        http.Response.Cookies.Append(Name(code), token, new CookieOptions
        {
            Path = "/w/" + code,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(2),
        });

    public static string? Read(HttpContext http, string code) =>
        http.Request.Cookies.TryGetValue(Name(code), out var token) && token is { Length: > 0 and <= 100 } ? token : null;
}
