using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// The front door of the page cache (decision 0172): the first thing in the pipeline answers a GET of a page that
/// <see cref="OrganisationPageCache"/> served or stored for exactly the same request — the same session cookie byte
/// for byte, antiforgery cookie, language inputs, htmx headers, host, path and query — while the organisation's data
/// version it was rendered under is still the current one (<see cref="DataVersionTracker"/>, no database query) and
/// while nothing the skipped steps would do could turn out differently:
/// <list type="bullet">
/// <item>the session: the same cookie authenticated on the full path, and the entry ends before the security stamp
/// must be checked again, before a sliding cookie would be renewed, before it expires, before the session reaches its
/// absolute lifetime, and as soon as the server-side session ends (logout, password change; <see cref="UserSessions"/>,
/// decision 0240);</item>
/// <item>membership and role: every change of them raises the data version;</item>
/// <item>the date: the entry ends at midnight in Brussels;</item>
/// <item>a flash message (TempData cookie): never answered here.</item>
/// </list>
/// Everything else goes down the full pipeline, which offers its cached pages back to the front door.
/// With several instances (PostgreSQL), a writer's own next request must not reach an instance that has not heard
/// of the write yet: a write's response carries the organisation's new version in a cookie (<see cref="FloorCookie"/>),
/// and an entry older than that is not used.
/// </summary>
public sealed class PageCacheFrontDoor : IDisposable
{
    internal const string KeyItem = "circulair.front-door-key";

    /// <summary>Written on a write's response when instances share the database: "orgId.version", dash-separated.</summary>
    public const string FloorCookie = ".Circulair.Fresh";


    private readonly MemoryCache _entries;
    private readonly DataVersionTracker _versions;
    private readonly UserSessions _sessions;
    private readonly TimeProvider _clock;
    private readonly string _sessionCookie;
    private readonly string _antiforgeryCookie;
    private readonly string _tempDataCookie;
    private readonly TimeSpan _stampInterval;
    private readonly bool _sliding;
    private long _hits;

    public PageCacheFrontDoor(
        DataVersionTracker versions,
        UserSessions sessions,
        TimeProvider clock,
        IOptionsMonitor<CookieAuthenticationOptions> cookies,
        IOptions<SecurityStampValidatorOptions> stamp,
        IOptions<AntiforgeryOptions> antiforgery,
        IOptions<CookieTempDataProviderOptions> tempData,
        CacheBudget budget)
    {
        SizeLimit = budget.LimitOf(CacheBudget.Part.FrontDoor);
        _entries = budget.NewCache(CacheBudget.Part.FrontDoor);
        _versions = versions;
        _sessions = sessions;
        _clock = clock;
        var session = cookies.Get(IdentityConstants.ApplicationScheme);
        _sessionCookie = session.Cookie.Name!;
        _sliding = session.SlidingExpiration;
        _stampInterval = stamp.Value.ValidationInterval;
        _antiforgeryCookie = antiforgery.Value.Cookie.Name!;
        _tempDataCookie = tempData.Value.Cookie.Name!;
    }

    /// <summary>Requests answered here since the start (the tests use it to tell a front-door hit).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The most this cache holds, in bytes of its entries' sizes: its share of the <see cref="CacheBudget"/>.</summary>
    internal long SizeLimit { get; }

    public void Dispose() => _entries.Dispose();

    /// <summary>The key of this request, or null when the front door must not answer it.</summary>
    internal string? KeyFor(HttpRequest request)
    {
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments("/o")
            || !_versions.Trusted)
        {
            return null;
        }
        var cookies = request.Cookies;
        if (cookies[_sessionCookie] is not { Length: > 0 } session
            || session.StartsWith("chunks-", StringComparison.Ordinal)
            || cookies.ContainsKey(_tempDataCookie))
        {
            return null;
        }
        return string.Join('\n',
            request.Method,
            request.Scheme,
            request.Host.Value,
            request.PathBase.Value,
            request.Path.Value,
            request.QueryString.Value,
            session,
            cookies[_antiforgeryCookie],
            cookies[CookieRequestCultureProvider.DefaultCookieName],
            request.Headers.AcceptLanguage.ToString(),
            request.Headers["HX-Request"].ToString(),
            request.Headers["HX-Target"].ToString(),
            request.Headers["HX-History-Restore-Request"].ToString());
    }

    internal bool TryGet(HttpRequest request, string key, out OrganisationPageCache.StoredPage page)
    {
        page = null!;
        if (!_entries.TryGetValue(key, out FrontEntry? entry)
            || _clock.GetUtcNow() >= entry!.ValidUntil
            || entry.SessionEpoch != _sessions.Epoch
            || _sessions.HasEnded(entry.SessionId)
            || !_versions.TryGetCurrent(entry.OrganisationId, out var current)
            || current != entry.Version
            || (_versions.Shared && FloorOf(request, entry.OrganisationId) > entry.Version))
        {
            return false;
        }
        Interlocked.Increment(ref _hits);
        page = entry.Page;
        return true;
    }

    /// <summary>
    /// Offered by the page cache for a page it served or stored for this request, rendered under <paramref name="org"/>'s
    /// data version: kept when that version is the current one and the session tells how long it may be trusted.
    /// </summary>
    internal void Offer(HttpContext http, OrganisationContext org, OrganisationPageCache.StoredPage page)
    {
        if (http.Items[KeyItem] is not string key
            || !_versions.TryGetCurrent(org.Id, out var current)
            || current != org.DataVersion
            || http.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult?.Properties is not { IssuedUtc: { } issued, ExpiresUtc: { } expires }
            || UserSessions.Current(http) is not { } session)
        {
            return;
        }
        var now = _clock.GetUtcNow();
        var until = Min(now + OrganisationPageCache.Expiry, issued + _stampInterval, expires, session.EndsAt, LocalTime.NextMidnight(now));
        if (_sliding)
        {
            until = Min(until, issued + (expires - issued) / 2);
        }
        if (until <= now || _sessions.HasEnded(session.Id))
        {
            return;
        }
        _entries.Set(key, new FrontEntry(page, org.Id, org.DataVersion, until, session.Id, session.Epoch),
            // The memory cache runs on the system clock; validity is checked on the app's own (TimeProvider) at every hit.
            new MemoryCacheEntryOptions { Size = page.Body.Length + key.Length * 2 + 256, AbsoluteExpirationRelativeToNow = until - now });
    }

    private static long FloorOf(HttpRequest request, int organisationId)
    {
        if (!request.Cookies.TryGetValue(FloorCookie, out var value) || value is null)
        {
            return 0;
        }
        foreach (var (id, version) in ParseFloor(value))
        {
            if (id == organisationId)
            {
                return version;
            }
        }
        return 0;
    }

    internal static IEnumerable<(int Id, long Version)> ParseFloor(string value)
    {
        foreach (var pair in value.Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var dot = pair.IndexOf('.');
            if (dot > 0
                && int.TryParse(pair.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && long.TryParse(pair.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                yield return (id, version);
            }
        }
    }

    /// <summary>After a write, when instances share the database: the organisations' new versions go back in the floor cookie.</summary>
    internal static async Task WriteFloorAsync(HttpContext http)
    {
        if (http.Items[DataVersionTracker.RaisedItem] is not HashSet<int> { Count: > 0 } raised)
        {
            return;
        }
        var ids = raised.ToArray();
        var db = http.RequestServices.GetRequiredService<CirculairDbContext>();
        var versions = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.DataVersion }).ToListAsync();
        var floor = new Dictionary<int, long>();
        if (http.Request.Cookies.TryGetValue(FloorCookie, out var old) && old is not null)
        {
            foreach (var (id, version) in ParseFloor(old))
            {
                floor[id] = version;
            }
        }
        foreach (var v in versions)
        {
            floor[v.Id] = v.DataVersion;
        }
        var value = string.Join('-', floor.TakeLast(8).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}.{p.Value}")));
        http.Response.Cookies.Append(FloorCookie, value, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            Path = "/",
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
        });
    }


    private static DateTimeOffset Min(params DateTimeOffset[] values) => values.Min();

    private sealed record FrontEntry(OrganisationPageCache.StoredPage Page, int OrganisationId, long Version, DateTimeOffset ValidUntil, string SessionId, long SessionEpoch);
}

/// <summary>First in the pipeline: answers from <see cref="PageCacheFrontDoor"/>, or marks the request so the page cache can offer its page.</summary>
public sealed class PageCacheFrontDoorMiddleware(RequestDelegate next, PageCacheFrontDoor door, DataVersionTracker versions)
{
    public Task InvokeAsync(HttpContext http)
    {
        // The API is never cached and sets no cookies (decision 0330): a client with a token has no floor cookie to keep.
        if (Features.Api.ApiRequestMiddleware.IsApi(http))
        {
            return next(http);
        }
        var request = http.Request;
        if (versions.Shared && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)))
        {
            http.Response.OnStarting(static state => PageCacheFrontDoor.WriteFloorAsync((HttpContext)state), http);
            return next(http);
        }
        var key = door.KeyFor(request);
        if (key is null)
        {
            return next(http);
        }
        if (door.TryGet(request, key, out var page))
        {
            return OrganisationPageCache.WriteAsync(http, page);
        }
        http.Items[PageCacheFrontDoor.KeyItem] = key;
        return next(http);
    }
}
