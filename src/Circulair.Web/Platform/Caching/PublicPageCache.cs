using System.Collections.Concurrent;
using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
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
/// <item>The body is kept in memory under the same key and served again while the version is the current one, which
/// <see cref="DataVersionTracker"/> knows without asking the database (decision 0172); otherwise the version is read in
/// one small query, and that read teaches the tracker.</item>
/// <item>A response that would set a cookie anyway is neither marked public nor kept (a guard, proven by the tests).</item>
/// </list>
/// </summary>
public sealed class PublicPageCache : IDisposable
{
    public const string PathPrefix = "/p";
    public const string CacheControl = "public, max-age=60";
    internal const long MaxEntryBytes = 4 * 1024 * 1024;

    private static readonly string Build = typeof(PublicPageCache).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private readonly MemoryCache _entries;
    private readonly ConcurrentDictionary<string, int> _slugs = new(StringComparer.Ordinal);
    private readonly DataVersionTracker _versions;
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private long _hits;
    private long _notModified;

    public PublicPageCache(DataVersionTracker versions, IServiceScopeFactory scopes, TimeProvider clock, CacheBudget budget)
    {
        SizeLimit = budget.LimitOf(CacheBudget.Part.PublicPages);
        _entries = budget.NewCache(CacheBudget.Part.PublicPages);
        _versions = versions;
        _scopes = scopes;
        _clock = clock;
    }

    /// <summary>Bodies served from memory since the start (the tests use it to tell a hit).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    public long NotModified => Interlocked.Read(ref _notModified);

    /// <summary>The most this cache holds, in bytes of its entries' sizes: its share of the <see cref="CacheBudget"/>.</summary>
    internal long SizeLimit { get; }

    public void Dispose() => _entries.Dispose();

    internal sealed record Entry(byte[] Body, string ContentType, string ETag);

    public static bool IsPublic(PathString path) => path.StartsWithSegments(PathPrefix);

    /// <summary>The organisation's id and current data version for a public slug, or null when no organisation has it.</summary>
    internal async Task<(int Id, long Version)?> VersionAsync(string slug, CancellationToken ct)
    {
        if (_slugs.TryGetValue(slug, out var known) && _versions.TryGetCurrent(known, out var current))
        {
            return (known, current);
        }
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

    internal string ETagFor(int organisationId, long version, string pathAndQuery)
    {
        var day = TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), LocalTime.Brussels).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var address = System.IO.Hashing.XxHash3.HashToUInt64(System.Text.Encoding.UTF8.GetBytes(pathAndQuery)).ToString("x16", CultureInfo.InvariantCulture);
        return $"\"{organisationId.ToString(CultureInfo.InvariantCulture)}-{version.ToString(CultureInfo.InvariantCulture)}-{day}-{Build}-{address}\"";
    }

    internal bool TryGet(string etag, out Entry entry)
    {
        if (_entries.TryGetValue(etag, out Entry? found) && found is not null)
        {
            entry = found;
            Interlocked.Increment(ref _hits);
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
        _entries.Set(entry.ETag, entry, new MemoryCacheEntryOptions { Size = entry.Body.Length + 256, SlidingExpiration = TimeSpan.FromMinutes(10) });
    }

    internal void CountNotModified() => Interlocked.Increment(ref _notModified);
}

/// <summary>Answers /p/… from <see cref="PublicPageCache"/> or lets the page render and keeps its answer.</summary>
public sealed class PublicPageCacheMiddleware(RequestDelegate next, PublicPageCache cache)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (!PublicPageCache.IsPublic(http.Request.Path))
        {
            await next(http);
            return;
        }
        var request = http.Request;
        request.Headers.Remove(HeaderNames.Cookie);
        request.Headers.Remove(HeaderNames.Authorization);
        request.Headers.Remove(HeaderNames.AcceptLanguage);
        var segments = request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || segments.Length < 2)
        {
            await next(http);
            return;
        }
        var organisation = await cache.VersionAsync(segments[1], http.RequestAborted);
        if (organisation is not { } o)
        {
            await next(http);
            return;
        }
        var etag = cache.ETagFor(o.Id, o.Version, request.Path + request.QueryString);
        var response = http.Response;
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(x => x.Trim() == etag)))
        {
            // Same version, day, build and address: the same bytes. A site switched off raised the version, so this
            // never confirms a page that now answers 404.
            cache.CountNotModified();
            response.StatusCode = StatusCodes.Status304NotModified;
            SetCacheHeaders(response, etag);
            return;
        }
        if (cache.TryGet(etag, out var entry))
        {
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = entry.ContentType;
            response.ContentLength = entry.Body.Length;
            SetCacheHeaders(response, etag);
            if (!HttpMethods.IsHead(request.Method))
            {
                await response.Body.WriteAsync(entry.Body, http.RequestAborted);
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
                cache.Store(new PublicPageCache.Entry(body, response.ContentType ?? "application/octet-stream", etag));
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

    private static void SetCacheHeaders(HttpResponse response, string etag)
    {
        response.Headers.CacheControl = PublicPageCache.CacheControl;
        response.Headers.ETag = etag;
    }
}
