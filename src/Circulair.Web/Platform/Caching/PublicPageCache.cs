using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// The public progress site's answers (/p/…, decision 0310): the one part of Circulair the whole internet may read, so
/// it is answered as for a stranger and made cacheable by anyone.
/// <list type="bullet">
/// <item>The request loses its Cookie, Authorization and Accept-Language headers before anything else sees them: no step
/// can recognise a person, renew a session, hand out an antiforgery token or pick a language from them, so no response
/// here sets a cookie and none varies by visitor. The language is in the address (<c>?lang=en</c>).</item>
/// <item>A 200 answer carries <c>Cache-Control: public</c> and a strong ETag made of the organisation's data version
/// (decision 0170, raised in the transaction of every change, the site settings included), the day in Brussels (the
/// indicators' status depends on the year), this build, and the address. A request whose If-None-Match holds the
/// current ETag gets 304 without rendering anything.</item>
/// <item>The body is kept in memory under its address, with its ETag and the version and day it was made for, and served
/// again while the version is the current one, which <see cref="DataVersionTracker"/> knows without asking the database
/// (decision 0172); otherwise the version is read in one small query, and that read teaches the tracker.</item>
/// <item>A kept answer whose version is known in memory is given at the head of the pipeline by
/// <see cref="PublicPageFastPathMiddleware"/> (decision 0435), which reads nothing of the request but its method, path,
/// query and If-None-Match; everything else reaches <see cref="PublicPageCacheMiddleware"/> as before.</item>
/// <item>A response that would set a cookie anyway is neither marked public nor kept (a guard, proven by the tests).</item>
/// </list>
/// </summary>
public sealed class PublicPageCache : IDisposable
{
    public const string PathPrefix = "/p";
    public const string CacheControl = "public, max-age=60";
    internal const long MaxEntryBytes = 4 * 1024 * 1024;

    /// <summary>The Cache-Control value of a public answer, made once.</summary>
    internal static readonly StringValues CacheControlValue = CacheControl;

    private static readonly string Build = typeof(PublicPageCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, int> _slugs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _slugsBySpan;
    private readonly DataVersionTracker _versions;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private DayStamp? _day;
    private long _hits;
    private long _notModified;
    private long _early;

    public PublicPageCache(DataVersionTracker versions, IServiceScopeFactory scopes, TimeProvider clock, CacheBudget budget)
    {
        SizeLimit = budget.LimitOf(CacheBudget.Part.PublicPages);
        _entries = budget.NewCache(CacheBudget.Part.PublicPages);
        _slugsBySpan = _slugs.GetAlternateLookup<ReadOnlySpan<char>>();
        _versions = versions;
        _scopes = scopes;
        _clock = clock;
    }

    /// <summary>Bodies served from memory since the start (the tests use it to tell a hit).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public long NotModified => Interlocked.Read(ref _notModified);

    /// <summary>Answers (200 from memory or 304) given by <see cref="PublicPageFastPathMiddleware"/>, at the head of the pipeline.</summary>
    public long EarlyAnswers => Interlocked.Read(ref _early);

    /// <summary>The most this cache holds, in bytes of its entries' sizes: its share of the <see cref="CacheBudget"/>.</summary>
    internal long SizeLimit { get; }

    public void Dispose() => _entries.Dispose();

    /// <summary>
    /// A kept answer, under its address (path and query). It stays valid while the organisation's data version and the
    /// day in Brussels are the ones it was rendered under; its ETag, made then, is the one <see cref="ETagFor"/> gives
    /// for them, so neither has to be worked out again per request.
    /// </summary>
    internal sealed record Entry(string Address, byte[] Body, string ContentType, string ETag, int OrganisationId, long Version, int Day, string? ContentDisposition = null);

    /// <summary>A calendar day in Brussels: the UTC instants it runs between, as a number (yyyyMMdd) and as text.</summary>
    internal sealed record DayStamp(DateTimeOffset From, DateTimeOffset Until, int Number, string Text);

    public static bool IsPublic(PathString path) => path.StartsWithSegments(PathPrefix);

    /// <summary>
    /// Where the organisation's slug is in a public path: its second non-empty segment ("/p/slug/…"), as
    /// <c>path.Split('/', RemoveEmptyEntries)[1]</c> would find it, without allocating. False when there is none.
    /// </summary>
    internal static bool TryFindSlug([NotNullWhen(true)] string? path, out int start, out int length)
    {
        start = length = 0;
        if (path is null)
        {
            return false;
        }
        var segment = 0;
        var i = 0;
        while (i < path.Length)
        {
            while (i < path.Length && path[i] == '/')
            {
                i++;
            }
            if (i == path.Length)
            {
                break;
            }
            var begin = i;
            while (i < path.Length && path[i] != '/')
            {
                i++;
            }
            if (segment == 1)
            {
                start = begin;
                length = i - begin;
                return true;
            }
            segment++;
        }
        return false;
    }

    /// <summary>The organisation's id and current data version when both are known in memory; no database, no allocation.</summary>
    internal bool TryKnownVersion(ReadOnlySpan<char> slug, out int id, out long version)
    {
        version = 0;
        return _slugsBySpan.TryGetValue(slug, out id) && _versions.TryGetCurrent(id, out version);
    }

    /// <summary>
    /// The organisation's id and current data version for a public slug, or null when no organisation has it.
    /// Completes at once, without allocating, when both are known in memory.
    /// </summary>
    internal ValueTask<(int Id, long Version)?> VersionAsync(ReadOnlySpan<char> slug, CancellationToken ct) =>
        TryKnownVersion(slug, out var id, out var version)
            ? new(((int Id, long Version)?)(id, version))
            : new(ReadVersionAsync(slug.ToString(), ct));

    private async Task<(int Id, long Version)?> ReadVersionAsync(string slug, CancellationToken ct)
    {
        var epoch = _versions.Epoch;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var row = await db.Organisations.AsNoTracking().Where(o => o.Slug == slug).Select(o => new { o.Id, o.DataVersion }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }
        _slugs[slug] = row.Id;
        _versions.Observe(row.Id, row.DataVersion, epoch);
        return (row.Id, row.DataVersion);
    }

    /// <summary>Today in Brussels; worked out again only when the clock has left the day last worked out.</summary>
    internal DayStamp Today()
    {
        var now = _clock.GetUtcNow();
        var day = Volatile.Read(ref _day);
        if (day is not null && now >= day.From && now < day.Until)
        {
            return day;
        }
        var local = TimeZoneInfo.ConvertTime(now, LocalTime.Brussels);
        var midnight = DateTime.SpecifyKind(local.Date, DateTimeKind.Unspecified);
        day = new DayStamp(
            new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(midnight, LocalTime.Brussels), TimeSpan.Zero),
            LocalTime.NextMidnight(now),
            (local.Year * 100 + local.Month) * 100 + local.Day,
            local.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        Volatile.Write(ref _day, day);
        return day;
    }

    internal string ETagFor(int organisationId, long version, string pathAndQuery) => ETagFor(organisationId, version, pathAndQuery, Today());

    internal static string ETagFor(int organisationId, long version, string pathAndQuery, DayStamp day)
    {
        var address = System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(pathAndQuery)).ToString("x16", CultureInfo.InvariantCulture);
        return $"\"{organisationId.ToString(CultureInfo.InvariantCulture)}-{version.ToString(CultureInfo.InvariantCulture)}-{day.Text}-{Build}-{address}\"";
    }

    /// <summary>
    /// Whether an If-None-Match header holds <paramref name="etag"/> as one of its comma-separated items (trimmed, compared
    /// byte for byte: a weak <c>W/"…"</c> or <c>*</c> does not match), read in place without allocating.
    /// </summary>
    internal static bool IfNoneMatchHolds(StringValues ifNoneMatch, string etag)
    {
        foreach (var value in ifNoneMatch)
        {
            if (value is null)
            {
                continue;
            }
            var rest = value.AsSpan();
            while (true)
            {
                var comma = rest.IndexOf(',');
                var item = comma < 0 ? rest : rest[..comma];
                if (item.Trim().SequenceEqual(etag))
                {
                    return true;
                }
                if (comma < 0)
                {
                    break;
                }
                rest = rest[(comma + 1)..];
            }
        }
        return false;
    }

    /// <summary>The kept answer at this address when it was rendered under this version of this organisation, today.</summary>
    internal bool TryGetCurrent(string address, int organisationId, long version, DayStamp day, out Entry entry)
    {
        if (_entries.TryGetValue(address, out Entry? found)
            && found is not null
            && found.OrganisationId == organisationId
            && found.Version == version
            && found.Day == day.Number)
        {
            entry = found;
            return true;
        }
        entry = null!;
        return false;
    }

    /// <summary>The kept answer at this address, whatever it was rendered under (for the tests).</summary>
    internal bool TryGet(string address, out Entry entry)
    {
        if (_entries.TryGetValue(address, out Entry? found) && found is not null)
        {
            entry = found;
            return true;
        }
        entry = null!;
        return false;
    }

    internal void Store(Entry entry)
    {
        if (entry.Body.Length > MaxEntryBytes)
        {
            return;
        }
        _entries.Set(entry.Address, entry, new MemoryCacheEntryOptions
        {
            Size = entry.Body.Length + (entry.Address.Length + entry.ETag.Length + entry.ContentType.Length + (entry.ContentDisposition?.Length ?? 0)) * 2L + 256,
            SlidingExpiration = TimeSpan.FromMinutes(10),
        });
    }

    internal void CountHit() => Interlocked.Increment(ref _hits);

    internal void CountNotModified() => Interlocked.Increment(ref _notModified);

    internal void CountEarly() => Interlocked.Increment(ref _early);
}

/// <summary>Answers /p/… from <see cref="PublicPageCache"/> or lets the page render and keeps its answer.</summary>
public sealed class PublicPageCacheMiddleware(RequestDelegate next, PublicPageCache cache)
{
    public Task InvokeAsync(HttpContext http)
    {
        if (!PublicPageCache.IsPublic(http.Request.Path))
        {
            return next(http);
        }
        var request = http.Request;
        request.Headers.Remove(HeaderNames.Cookie);
        request.Headers.Remove(HeaderNames.Authorization);
        request.Headers.Remove(HeaderNames.AcceptLanguage);
        var path = request.Path.Value;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !PublicPageCache.TryFindSlug(path, out var start, out var length))
        {
            return next(http);
        }
        return AnswerAsync(http, cache.VersionAsync(path.AsSpan(start, length), http.RequestAborted));
    }

    private async Task AnswerAsync(HttpContext http, ValueTask<(int Id, long Version)?> version)
    {
        if (await version is not { } o)
        {
            await next(http);
            return;
        }
        var request = http.Request;
        var address = request.Path + request.QueryString;
        var day = cache.Today();
        var kept = cache.TryGetCurrent(address, o.Id, o.Version, day, out var found) ? found : null;
        var etag = kept?.ETag ?? PublicPageCache.ETagFor(o.Id, o.Version, address, day);
        var response = http.Response;
        if (PublicPageCache.IfNoneMatchHolds(request.Headers.IfNoneMatch, etag))
        {
            // Same version, day, build and address: the same bytes. A site switched off raised the version, so this
            // never confirms a page that now answers 404.
            cache.CountNotModified();
            response.StatusCode = StatusCodes.Status304NotModified;
            SetCacheHeaders(response, etag);
            return;
        }
        if (kept is not null)
        {
            cache.CountHit();
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = kept.ContentType;
            response.ContentLength = kept.Body.Length;
            if (kept.ContentDisposition is { } keptDisposition)
            {
                response.Headers.ContentDisposition = keptDisposition;
            }
            SetCacheHeaders(response, etag);
            if (!HttpMethods.IsHead(request.Method))
            {
                await response.Body.WriteAsync(kept.Body, http.RequestAborted);
            }
            return;
        }

        var original = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            response.Body = original;
        }
        var body = buffer.ToArray();
        if (response.HasStarted)
        {
            // Something started the response itself (not expected of a page here): pass it on, neither marked nor kept.
            await original.WriteAsync(body, http.RequestAborted);
            return;
        }
        if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            SetCacheHeaders(response, etag);
            if (HttpMethods.IsGet(request.Method))
            {
                cache.Store(new PublicPageCache.Entry(address, body, response.ContentType ?? "application/octet-stream", etag, o.Id, o.Version, day.Number,
                    response.Headers.ContentDisposition is { Count: > 0 } disposition ? disposition.ToString() : null));
            }
        }
        else if (response.StatusCode == StatusCodes.Status200OK)
        {
            response.Headers.CacheControl = "no-store";
        }
        if (body.Length > 0)
        {
            response.ContentLength = body.Length;
        }
        await original.WriteAsync(body, http.RequestAborted);
    }

    internal static void SetCacheHeaders(HttpResponse response, string etag)
    {
        response.Headers.CacheControl = PublicPageCache.CacheControlValue;
        response.Headers.ETag = etag;
    }
}

/// <summary>
/// The public site's repeated answers, given at the head of the pipeline (decision 0435): a GET or HEAD of /p/… whose
/// answer <see cref="PublicPageCache"/> keeps for the organisation's current data version (known in memory) and today
/// gets its 200 or 304 here, before the error handler, HSTS, the front door and the security-header step, with exactly
/// the headers those steps and <see cref="PublicPageCacheMiddleware"/> would have given it. Anything else (an
/// unknown version, an answer not kept, another method) goes down the full pipeline unchanged.
/// </summary>
public sealed class PublicPageFastPathMiddleware
{
    private readonly RequestDelegate _next;
    private readonly PublicPageCache _cache;
    private readonly StringValues _policy;
    private readonly HstsMiddleware? _hsts;

    /// <param name="useHsts">Whether the pipeline behind uses HSTS (<c>UseHsts</c>): then a hit gets its header as that step would give it.</param>
    public PublicPageFastPathMiddleware(
        RequestDelegate next,
        PublicPageCache cache,
        Security.Sso.OidcProviders sso,
        IOptions<HstsOptions> hsts,
        ILoggerFactory loggers,
        bool useHsts)
    {
        _next = next;
        _cache = cache;
        _policy = Security.SecurityHeaders.PolicyFor(sso);
        // The very middleware the pipeline uses, with nothing behind it: the same header for the same scheme and host.
        _hsts = useHsts ? new HstsMiddleware(static _ => Task.CompletedTask, hsts, loggers) : null;
    }

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        if (!PublicPageCache.IsPublic(request.Path)
            || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Path.Value is not { } path
            || !PublicPageCache.TryFindSlug(path, out var start, out var length)
            || !_cache.TryKnownVersion(path.AsSpan(start, length), out var id, out var version))
        {
            return _next(http);
        }
        var address = request.Path + request.QueryString;
        if (!_cache.TryGetCurrent(address, id, version, _cache.Today(), out var entry))
        {
            return _next(http);
        }
        _cache.CountEarly();
        var response = http.Response;
        // In the order the full pipeline sets them: HSTS first, then the cache's headers, the security headers last.
        // HstsMiddleware sets its header before calling the no-op behind it, so its task is already complete.
        _ = _hsts?.Invoke(http);
        if (PublicPageCache.IfNoneMatchHolds(request.Headers.IfNoneMatch, entry.ETag))
        {
            _cache.CountNotModified();
            response.StatusCode = StatusCodes.Status304NotModified;
            PublicPageCacheMiddleware.SetCacheHeaders(response, entry.ETag);
            Security.SecurityHeaders.Apply(response.Headers, _policy);
            return Task.CompletedTask;
        }
        _cache.CountHit();
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = entry.ContentType;
        response.ContentLength = entry.Body.Length;
        if (entry.ContentDisposition is { } disposition)
        {
            // A download keeps its file name when it comes from the cache.
            response.Headers.ContentDisposition = disposition;
        }
        PublicPageCacheMiddleware.SetCacheHeaders(response, entry.ETag);
        Security.SecurityHeaders.Apply(response.Headers, _policy);
        return HttpMethods.IsHead(request.Method)
            ? Task.CompletedTask
            : response.Body.WriteAsync(entry.Body, http.RequestAborted).AsTask();
    }
}
