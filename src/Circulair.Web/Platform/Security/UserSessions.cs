using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Circulair.Accounts;
using Circulair.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Server-side sessions (decision 0240). Signing in starts a <see cref="UserSession"/> row whose id travels in the
/// cookie's authentication properties (they survive a refresh and a sliding renewal, unlike extra claims). Every
/// request with a session cookie is checked against that row and the person's security stamp: one small query by
/// primary key. Logout ends the row; a password change or reset ends the person's other sessions at once; a session
/// older than <see cref="AbsoluteLifetime"/> is refused even while the sliding cookie is still fresh.
/// The page cache's front door answers before authentication, so it asks <see cref="HasEnded"/>: sessions ended on
/// this instance are remembered here, and on PostgreSQL those ended elsewhere are announced on <see cref="Channel"/>.
/// </summary>
public sealed class UserSessions
{
    public const string Channel = "circulair_sessions";
    internal const string PropertyKey = ".circulair.session";
    private const string CheckedItem = "circulair.session";
    private const string SignedInWithItem = "circulair.session.sso";
    private const string SigningInWithItem = "circulair.session.sso-next";

    // Ended ids are kept longer than any front-door entry can live (at most 10 minutes).
    private static readonly TimeSpan RememberEnded = TimeSpan.FromHours(1);
    private static readonly TimeSpan LastSeenEvery = TimeSpan.FromMinutes(5);

    private static readonly Func<CirculairDbContext, string, CancellationToken, Task<SessionRow?>> FindSession =
        EF.CompileAsyncQuery((CirculairDbContext db, string id, CancellationToken ct) =>
            db.UserSessions
                .Where(s => s.Id == id)
                .Select(s => new SessionRow(s.UserId, s.StartedAt, s.LastSeenAt, s.EndedAt, db.Users.Where(u => u.Id == s.UserId).Select(u => u.SecurityStamp).FirstOrDefault(), s.SignedInWith))
                .FirstOrDefault());

    private readonly ConcurrentDictionary<string, DateTimeOffset> _ended = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly string _stampClaim;
    private readonly bool _announce;
    private readonly Sso.OidcProviders _sso;
    private long _epoch;

    public UserSessions(TimeProvider clock, IConfiguration configuration, IOptions<IdentityOptions> identity, Database.DatabaseOptions database, Sso.OidcProviders sso)
    {
        _clock = clock;
        _sso = sso;
        _stampClaim = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        _announce = database.Provider == Database.DatabaseProvider.PostgreSql;
        var hours = configuration.GetValue("Security:SessionAbsoluteHours", 12.0);
        if (hours <= 0)
        {
            throw new Database.StartupException("Security:SessionAbsoluteHours must be more than 0.");
        }
        AbsoluteLifetime = TimeSpan.FromHours(hours);
    }

    /// <summary>How long a session may last however active it is (Security:SessionAbsoluteHours, default 12).</summary>
    public TimeSpan AbsoluteLifetime { get; }

    /// <summary>Raised when this instance may have missed announcements: the front door then trusts none of its entries.</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    /// <summary>True when the session is known to have ended (here, or announced by another instance).</summary>
    public bool HasEnded(string sessionId) => _ended.ContainsKey(sessionId);

    /// <summary>
    /// The checked session of this request: its id, when it must end at the latest, and the <see cref="Epoch"/> read
    /// before it was checked.
    /// </summary>
    internal static (string Id, DateTimeOffset EndsAt, long Epoch)? Current(HttpContext http) =>
        http.Items[CheckedItem] as (string, DateTimeOffset, long)?;

    /// <summary>
    /// The single sign-on provider (scheme) the checked session of this request was started with; null for a password
    /// session or a request without a session (decision 0360).
    /// </summary>
    public static string? SignedInWith(HttpContext http) => http.Items[SignedInWithItem] as string;

    /// <summary>The next sign-in of this request comes from single sign-on with <paramref name="scheme"/>.</summary>
    public static void NextSignInWith(HttpContext http, string scheme) => http.Items[SigningInWithItem] = scheme;

    /// <summary>Cookie event: a new sign-in starts a session; a refresh of a signed-in session keeps its own.</summary>
    public async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Properties.Items.TryGetValue(PropertyKey, out var existing) && existing is not null && Current(context.HttpContext)?.Id == existing)
        {
            return;
        }
        var userId = int.Parse(context.Principal!.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var id = RandomNumberGenerator.GetHexString(UserSession.IdLength, lowercase: true);
        var db = context.HttpContext.RequestServices.GetRequiredService<CirculairDbContext>();
        // Identity names the external scheme in the authentication-method claim (also after the two-factor step);
        // the return page says so itself too. Only a configured provider counts, never "pwd" or another value.
        var with = context.HttpContext.Items[SigningInWithItem] as string ?? context.Principal!.FindFirstValue(ClaimTypes.AuthenticationMethod);
        db.UserSessions.Add(new UserSession(id, userId, _clock.GetUtcNow().UtcDateTime, _sso.IsSsoScheme(with) ? with : null));
        await db.SaveChangesAsync(context.HttpContext.RequestAborted);
        context.Properties.Items[PropertyKey] = id;
    }

    /// <summary>Cookie event, on every request with a session cookie: refuses a cookie whose session is over.</summary>
    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var http = context.HttpContext;
        var epoch = Epoch;
        var now = _clock.GetUtcNow();
        var db = http.RequestServices.GetRequiredService<CirculairDbContext>();
        SessionRow? row = null;
        if (context.Properties.Items.TryGetValue(PropertyKey, out var id) && id is { Length: UserSession.IdLength } && !HasEnded(id))
        {
            row = await FindSession(db, id, http.RequestAborted);
        }
        var userId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var open = row is not null
            && row.EndedAt is null
            && string.Equals(row.UserId.ToString(CultureInfo.InvariantCulture), userId, StringComparison.Ordinal)
            && now.UtcDateTime < row.StartedAt + AbsoluteLifetime
            // A changed stamp (password, e-mail address) ends the session at once, not at the next 30-minute check.
            && string.Equals(row.SecurityStamp, context.Principal?.FindFirstValue(_stampClaim), StringComparison.Ordinal);
        if (!open)
        {
            if (row is { EndedAt: null })
            {
                await EndAsync(db, id!);
            }
            context.RejectPrincipal();
            await http.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        http.Items[CheckedItem] = (id!, new DateTimeOffset(row!.StartedAt + AbsoluteLifetime, TimeSpan.Zero), epoch);
        if (row.SignedInWith is not null)
        {
            http.Items[SignedInWithItem] = row.SignedInWith;
        }
        if (now.UtcDateTime - row.LastSeenAt >= LastSeenEvery)
        {
            var seen = now.UtcDateTime;
            await db.UserSessions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, seen), http.RequestAborted);
        }
        // Identity's own check still renews the claims (name, language) every 30 minutes.
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>Ends one session (logout).</summary>
    public Task EndAsync(CirculairDbContext db, string sessionId) => EndWhereAsync(db, db.UserSessions.Where(s => s.Id == sessionId && s.EndedAt == null));

    /// <summary>Ends every session of a person but <paramref name="keep"/> (password changed or reset, access withdrawn).</summary>
    public Task EndAllAsync(CirculairDbContext db, int userId, string? keep = null) =>
        EndWhereAsync(db, db.UserSessions.Where(s => s.UserId == userId && s.EndedAt == null && s.Id != keep));

    private async Task EndWhereAsync(CirculairDbContext db, IQueryable<UserSession> sessions)
    {
        var ids = await sessions.Select(s => s.Id).ToListAsync();
        if (ids.Count == 0)
        {
            return;
        }
        var now = _clock.GetUtcNow().UtcDateTime;
        await db.UserSessions.Where(s => ids.Contains(s.Id) && s.EndedAt == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now));
        Heard(ids);
        if (_announce)
        {
            foreach (var chunk in ids.Chunk(200))
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_notify({0}, {1})", [Channel, string.Join(',', chunk)]);
            }
        }
    }

    /// <summary>Sessions ended here or announced by another instance.</summary>
    internal void Heard(IEnumerable<string> sessionIds)
    {
        var now = _clock.GetUtcNow();
        foreach (var id in sessionIds)
        {
            _ended[id] = now;
        }
        if (_ended.Count > 1000)
        {
            foreach (var (id, at) in _ended)
            {
                if (now - at > RememberEnded)
                {
                    _ended.TryRemove(id, out _);
                }
            }
        }
    }

    /// <summary>The announcements may have been missed (the listening connection dropped): no front-door entry is trusted.</summary>
    internal void ForgetAll() => Interlocked.Increment(ref _epoch);

    private sealed record SessionRow(int UserId, DateTime StartedAt, DateTime LastSeenAt, DateTime? EndedAt, string? SecurityStamp, string? SignedInWith);
}

public static class UserSessionSetup
{
    /// <summary>Server-side sessions and the sign-in throttle; call after AddIdentity (its cookie events are replaced here).</summary>
    public static IServiceCollection AddServerSessions(this IServiceCollection services)
    {
        services.AddSingleton<UserSessions>();
        services.AddSingleton<SignInThrottle>();
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            o.Events.OnSigningIn = context => context.HttpContext.RequestServices.GetRequiredService<UserSessions>().SigningInAsync(context);
            o.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<UserSessions>().ValidateAsync(context);
        });
        return services;
    }
}
