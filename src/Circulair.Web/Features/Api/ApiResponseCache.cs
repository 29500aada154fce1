using System.Globalization;
using System.Security.Claims;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Net.Http.Headers;

namespace Circulair.Web.Features.Api;

/// <summary>
/// Repeated API reads answered from memory, before authentication (decision 0331), on the same footing as the page
/// cache's front door (decision 0172): an answer is given again only while nothing it depends on can have changed.
/// <list type="bullet">
/// <item>The key is the whole token (hashed), the path with its query and the Accept-Language header: the same token
/// asking the same question in the same language. A 200 of a GET under <c>/api/v1/organisations/{org}/</c> is kept
/// when the organisation's data version it was read at is still the current one after the answer was made
/// (<see cref="DataVersionTracker"/>).</item>
/// <item>It is used while that version is current: every change of the organisation's data raises it, and so do the
/// changes that decide whether the token still works (revoking it, removing the member or changing their role are
/// audited writes of the organisation). An expired token needs no write: an entry ends at the token's expiry, at
/// midnight in Brussels (answers may depend on the date) and after one minute at the latest.</item>
/// <item>Each answer from memory takes a permit of the token's rate limit (<see cref="ApiRateLimiter"/>, the same
/// windows as the endpoints), answers 304 to a matching If-None-Match as the endpoint would, and carries the headers
/// the endpoint set (content type, language, ETag).</item>
/// </list>
/// Several instances on PostgreSQL hear each other's changes by LISTEN/NOTIFY; a read on another instance within the
/// milliseconds before it hears a write may still show the previous version, with its previous ETag, so a conditional
/// write based on it is refused (412) rather than lost.
/// </summary>
public sealed class ApiResponseCache : IDisposable
{
    private const string OrganisationsPrefix = "/api/v1/organisations/";
    internal const long MaxEntryBytes = 2 * 1024 * 1024;
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _entries;
    private readonly DataVersionTracker _versions;
    private readonly TimeProvider _clock;
    private readonly bool _enabled;
    private long _hits;

    public ApiResponseCache(DataVersionTracker versions, TimeProvider clock, IConfiguration configuration, CacheBudget budget)
    {
        SizeLimit = budget.LimitOf(CacheBudget.Part.ApiResponses);
        _entries = budget.NewCache(CacheBudget.Part.ApiResponses);
        _versions = versions;
        _clock = clock;
        _enabled = configuration.GetValue("Api:ResponseCache", true);
    }

    public long Epoch => _versions.Epoch;

    /// <summary>Answers given from memory since the start (the tests use it to tell a hit).</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The most this cache holds, in bytes of its entries' sizes: its share of the <see cref="CacheBudget"/>.</summary>
    internal long SizeLimit { get; }

    public void Dispose() => _entries.Dispose();

    internal sealed record Entry(
        string TokenId, int OrganisationId, long Version, DateTimeOffset Until, byte[] Body, string ContentType, string? ETag, string? ContentLanguage);

    /// <summary>The key of a request this cache may answer or keep, else null: a GET of an organisation's resource with a bearer token.</summary>
    internal string? KeyOf(HttpRequest request)
    {
        if (!_enabled || !HttpMethods.IsGet(request.Method) || request.Path.Value is not { } path
            || !path.StartsWith(OrganisationsPrefix, StringComparison.Ordinal))
        {
            return null;
        }
        string? authorization = request.Headers.Authorization;
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        // The token itself is not kept in memory longer than the request: its hash stands for it.
        var token = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(authorization)));
        return string.Concat(token, "\n", path, request.QueryString.Value, "\n", request.Headers.AcceptLanguage.ToString());
    }

    internal bool TryGet(string key, out Entry entry)
    {
        if (_entries.TryGetValue(key, out Entry? found) && found is not null)
        {
            if (_clock.GetUtcNow() < found.Until && _versions.TryGetCurrent(found.OrganisationId, out var current) && current == found.Version)
            {
                entry = found;
                Interlocked.Increment(ref _hits);
                return true;
            }
            _entries.Remove(key);
        }
        entry = null!;
        return false;
    }

    /// <summary>Keeps the answer just made if the version it was read at is still the current one.</summary>
    /// <param name="epochBefore">The tracker's epoch before the request was authenticated: a write committed since
    /// to the organisation (a token revoked between its check and the version read, say: revoking raises the token's
    /// organisation's version) keeps the answer out.</param>
    internal void Offer(string key, HttpContext http, byte[] body, long epochBefore)
    {
        var response = http.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || body.Length > MaxEntryBytes
            || http.User.TokenId() is not { } tokenId
            || http.RequestServices.GetService<CurrentOrganisation>() is not { IsSet: true } current
            || !_versions.UnchangedSince(current.Value.Id, epochBefore)
            || !_versions.TryGetCurrent(current.Value.Id, out var version) || version != current.Value.DataVersion)
        {
            return;
        }
        var now = _clock.GetUtcNow();
        var until = now + MaxAge;
        if (http.User.TokenExpiry() is { } expires && expires < until)
        {
            until = expires;
        }
        var midnight = LocalTime.NextMidnight(now);
        if (midnight < until)
        {
            until = midnight;
        }
        string? etag = response.Headers.ETag;
        string? language = response.Headers.ContentLanguage;
        var entry = new Entry(tokenId, current.Value.Id, version, until, body, response.ContentType ?? "application/json", etag, language);
        _entries.Set(key, entry, new MemoryCacheEntryOptions
        {
            Size = body.Length + key.Length * 2 + 256,
            // Only to let unused entries go; when an entry may be used is decided by TryGet on the app's clock.
            SlidingExpiration = MaxAge * 2,
        });
    }

}

/// <summary>Answers a repeated API read from <see cref="ApiResponseCache"/>, or lets the endpoint answer and offers its answer.</summary>
public sealed class ApiResponseCacheMiddleware(RequestDelegate next, ApiResponseCache cache, ApiRateLimiter limiter)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (cache.KeyOf(http.Request) is not { } key)
        {
            await next(http);
            return;
        }
        var response = http.Response;
        if (cache.TryGet(key, out var entry))
        {
            if (!limiter.TryAcquire(entry.TokenId))
            {
                ApiProblems.UseCultureOf(http);
                await ApiRateLimitFilter.TooMany(http).ExecuteAsync(http);
                return;
            }
            if (entry.ContentLanguage is not null)
            {
                response.Headers.ContentLanguage = entry.ContentLanguage;
            }
            if (entry.ETag is not null)
            {
                response.Headers.ETag = entry.ETag;
                if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(x => x.Trim() == entry.ETag)))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return;
                }
            }
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = entry.ContentType;
            response.ContentLength = entry.Body.Length;
            await response.Body.WriteAsync(entry.Body, http.RequestAborted);
            return;
        }

        var epoch = cache.Epoch;
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
        if (!response.HasStarted)
        {
            cache.Offer(key, http, body, epoch);
            if (body.Length > 0)
            {
                response.ContentLength = body.Length;
            }
        }
        await original.WriteAsync(body, http.RequestAborted);
    }
}

public static class ApiTokenExpiry
{
    public static DateTimeOffset? TokenExpiry(this ClaimsPrincipal user) =>
        long.TryParse(user.FindFirstValue(ApiTokenHandler.TokenExpiresClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : null;
}
