using System.Globalization;
using System.Security.Claims;
using System.Text;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace Circulair.Web.Platform.Caching;

/// <summary>
/// The output cache for read-heavy organisation pages (decision 0171, after 0170). It runs after
/// <see cref="OrganisationScopeMiddleware"/> and authorisation, so membership and role are checked on every request, hit
/// or miss, and only for pages marked <see cref="CachedPageAttribute"/>. A page is stored and found under its method,
/// path and query and everything it may depend on: the organisation and its data version (read by the membership query,
/// raised in the transaction of every change of the organisation's data), the person, their role, the UI culture, the
/// calendar day in Brussels, the browser's antiforgery cookie (the log-out form's token is bound to it) and htmx's
/// request headers. A page marked <see cref="CachedPageAttribute.Shared"/> is stored without the person and the
/// antiforgery cookie (decision 0490): one rendering serves every member with the same role, each answer with the
/// token it was rendered with replaced by the person's own. A stored page is therefore valid exactly while its version is current, in every app instance,
/// without any eviction: a write makes the old entries unreachable, and they expire.
/// A response is stored only when it is a 200 that set no cookie and read nothing the version does not cover
/// (<see cref="CirculairDbContext.ReadBeyondDataVersion"/>); a request carrying a flash message (TempData cookie) is
/// neither answered from the cache nor stored. A hit carries an <c>Age</c> header, as HTTP caches do.
/// </summary>
public sealed class OrganisationPageCache : IDisposable
{
    /// <summary>How long an entry is kept at most. Only memory is at stake: a new version makes an entry unreachable.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(10);

    /// <summary>A page larger than this is not stored.</summary>
    public const int MaxBodyBytes = 1024 * 1024;


    /// <summary>Headers never stored: per response (cookies, date) or set by the server for every response.</summary>
    private static readonly HashSet<string> NotStored = new(StringComparer.OrdinalIgnoreCase)
    {
        "Set-Cookie", "Date", "Server", "Transfer-Encoding", "Content-Length", "Age",
    };

    private readonly MemoryCache _entries;
    private readonly string _tempDataCookie;
    private readonly string _antiforgeryCookie;
    private readonly TimeProvider _clock;

    public OrganisationPageCache(IOptions<CookieTempDataProviderOptions> tempData, IOptions<AntiforgeryOptions> antiforgery, TimeProvider clock, CacheBudget budget)
    {
        SizeLimit = budget.LimitOf(CacheBudget.Part.OrganisationPages);
        _entries = budget.NewCache(CacheBudget.Part.OrganisationPages);
        _tempDataCookie = tempData.Value.Cookie.Name!;
        _antiforgeryCookie = antiforgery.Value.Cookie.Name!;
        _clock = clock;
    }

    /// <summary>The most this cache holds, in bytes of its entries' sizes: its share of the <see cref="CacheBudget"/>.</summary>
    internal long SizeLimit { get; }

    public void Dispose() => _entries.Dispose();

    /// <summary>The key of this request's page, or null when the request may neither be answered from nor stored in the cache.</summary>
    internal string? KeyFor(HttpContext http)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || http.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not { } marked
            || http.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || request.Cookies.ContainsKey(_tempDataCookie))
        {
            return null;
        }
        var current = http.RequestServices.GetRequiredService<CurrentOrganisation>();
        if (!current.IsSet)
        {
            return null;
        }
        var org = current.Value;
        var day = TimeZoneInfo.ConvertTimeFromUtc(_clock.GetUtcNow().UtcDateTime, LocalTime.Brussels);
        var key = new StringBuilder(256)
            .Append(request.Method).Append('\n')
            .Append(request.Path.Value).Append('\n')
            .Append(request.QueryString.Value).Append('\n')
            .Append(org.Id.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append(org.DataVersion.ToString(CultureInfo.InvariantCulture)).Append('\n')
            // A shared page is one rendering for every member with the role; its forms' tokens are replaced per answer.
            .Append(marked.Shared ? "*" : userId).Append('\n')
            .Append(org.Role.ToString()).Append('\n')
            .Append(CultureInfo.CurrentUICulture.Name).Append('\n')
            .Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append(marked.Shared ? "*" : request.Cookies[_antiforgeryCookie]).Append('\n')
            .Append(request.Headers["HX-Request"].ToString()).Append('\n')
            .Append(request.Headers["HX-Target"].ToString()).Append('\n')
            .Append(request.Headers["HX-History-Restore-Request"].ToString());
        return key.ToString();
    }

    internal bool TryGet(string key, out StoredPage page) => _entries.TryGetValue(key, out page!);

    internal void Store(string key, StoredPage page) =>
        _entries.Set(key, page, new MemoryCacheEntryOptions { Size = page.Body.Length + 1024, AbsoluteExpirationRelativeToNow = Expiry });

    /// <summary>Whether the answer just rendered may be kept: a 200 without cookies that read only versioned data.</summary>
    internal static bool Storable(HttpContext http) =>
        http.Response.StatusCode == StatusCodes.Status200OK
        && http.Response.Headers.SetCookie.Count == 0
        && !http.RequestServices.GetRequiredService<CirculairDbContext>().ReadBeyondDataVersion;

    /// <summary>Whether the page of this request is rendered once for every member with the same role.</summary>
    internal static bool IsShared(HttpContext http) => http.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is { Shared: true };

    /// <summary>
    /// The request token this request's forms carry: asked before a shared page renders, so that the page's forms use
    /// this one (the antiforgery system makes one per request) and the stored copy knows which text to replace.
    /// </summary>
    internal static string? RequestToken(HttpContext http) => http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http).RequestToken;

    /// <summary>
    /// A shared page as this person's answer: written with every occurrence of the token it was rendered with replaced by
    /// this request's own (bound to this person's antiforgery cookie and account), so a form posted from it validates.
    /// The stored body is not copied: <see cref="WriteAsync"/> writes it around the token's places.
    /// </summary>
    internal static StoredPage Personal(HttpContext http, StoredPage shared) =>
        shared.TokenAt is { Length: > 0 } && RequestToken(http) is { Length: > 0 } own ? shared with { Own = own } : shared;

    /// <summary>Where <paramref name="token"/> starts in <paramref name="body"/>, each occurrence.</summary>
    internal static int[] Offsets(byte[] body, byte[] token)
    {
        var offsets = new List<int>();
        var from = 0;
        while (token.Length > 0 && body.AsSpan(from).IndexOf(token) is var found and >= 0)
        {
            offsets.Add(from + found);
            from += found + token.Length;
        }
        return [.. offsets];
    }

    internal static StoredPage? Capture(HttpContext http, byte[] body, string? token = null)
    {
        var response = http.Response;
        if (!Storable(http))
        {
            return null;
        }
        var headers = response.Headers
            .Where(h => !NotStored.Contains(h.Key))
            .Select(h => new KeyValuePair<string, StringValues>(h.Key, h.Value))
            .ToArray();
        // A token the page does not show has nothing to replace.
        var at = token is { Length: > 0 } ? Offsets(body, Encoding.ASCII.GetBytes(token)) : [];
        return new StoredPage(headers, body, DateTime.UtcNow, at.Length > 0 ? token : null, at.Length > 0 ? at : null);
    }

    /// <summary>Answers with a stored page, with its age like any HTTP cache.</summary>
    internal static async Task WriteAsync(HttpContext http, StoredPage stored)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, value) in stored.Headers)
        {
            response.Headers[name] = value;
        }
        response.Headers.Age = ((long)Math.Max(0, (DateTime.UtcNow - stored.StoredAtUtc).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (stored is { Own: { } own, Token: { } token, TokenAt: { Length: > 0 } at })
        {
            var ownBytes = Encoding.ASCII.GetBytes(own);
            response.ContentLength = stored.Body.Length + (long)at.Length * (ownBytes.Length - token.Length);
            if (!HttpMethods.IsHead(http.Request.Method))
            {
                var from = 0;
                foreach (var place in at)
                {
                    await response.Body.WriteAsync(stored.Body.AsMemory(from, place - from), http.RequestAborted);
                    await response.Body.WriteAsync(ownBytes, http.RequestAborted);
                    from = place + token.Length;
                }
                await response.Body.WriteAsync(stored.Body.AsMemory(from), http.RequestAborted);
            }
            return;
        }
        response.ContentLength = stored.Body.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await response.Body.WriteAsync(stored.Body, http.RequestAborted);
        }
    }

    /// <param name="Token">For a shared page: the request token its forms carry, replaced in every answer (<see cref="Personal"/>).</param>
    /// <param name="TokenAt">Where <paramref name="Token"/> starts in the body, each occurrence.</param>
    /// <param name="Own">For one person's answer from a shared page: the token written in place of <paramref name="Token"/>.</param>
    internal sealed record StoredPage(KeyValuePair<string, StringValues>[] Headers, byte[] Body, DateTime StoredAtUtc, string? Token = null, int[]? TokenAt = null, string? Own = null);
}

/// <summary>Answers from <see cref="OrganisationPageCache"/> or lets the page render and offers its response to it.</summary>
public sealed class OrganisationPageCacheMiddleware(RequestDelegate next, OrganisationPageCache cache, PageCacheFrontDoor frontDoor)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var key = cache.KeyFor(http);
        if (key is null)
        {
            await next(http);
            return;
        }
        var org = http.RequestServices.GetRequiredService<CurrentOrganisation>().Value;
        var shared = OrganisationPageCache.IsShared(http);
        if (cache.TryGet(key, out var stored))
        {
            var answer = shared ? OrganisationPageCache.Personal(http, stored) : stored;
            // A first token for a browser without an antiforgery cookie sets one: that answer is this browser's alone.
            if (http.Response.Headers.SetCookie.Count == 0)
            {
                frontDoor.Offer(http, org, answer);
            }
            await OrganisationPageCache.WriteAsync(http, answer);
            return;
        }
        var token = shared ? OrganisationPageCache.RequestToken(http) : null;
        var original = http.Response.Body;
        await using var tee = new TeeStream(original, OrganisationPageCache.MaxBodyBytes);
        http.Response.Body = tee;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        if (tee.HasCopy && OrganisationPageCache.Storable(http) && tee.Captured is { } body && OrganisationPageCache.Capture(http, body, token) is { } page)
        {
            cache.Store(key, page);
            frontDoor.Offer(http, org, page);
        }
    }

    /// <summary>
    /// Passes every write through and keeps a copy, up to a limit (beyond it, nothing is kept). The copy is kept in
    /// pooled chunks of <see cref="ChunkBytes"/> and joined once into the stored array: a growing
    /// <see cref="MemoryStream"/> allocated every doubling (128 KB, 256 KB, 512 KB, 1 MB for a 900 KB page) on the large
    /// object heap, whose budget then forced a full collection every few rendered pages.
    /// </summary>
    internal sealed class TeeStream(Stream inner, int limit) : Stream
    {
        internal const int ChunkBytes = 64 * 1024;

        private readonly List<byte[]> _chunks = [];
        private int _length;
        private bool _over;

        /// <summary>Whether a copy is kept (the body stayed within the limit).</summary>
        public bool HasCopy => !_over;

        /// <summary>The copy as one array (null beyond the limit).</summary>
        public byte[]? Captured
        {
            get
            {
                if (_over)
                {
                    return null;
                }
                var body = GC.AllocateUninitializedArray<byte>(_length);
                var at = 0;
                foreach (var chunk in _chunks)
                {
                    var n = Math.Min(ChunkBytes, _length - at);
                    chunk.AsSpan(0, n).CopyTo(body.AsSpan(at));
                    at += n;
                }
                return body;
            }
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            Keep(buffer.AsSpan(offset, count));
            inner.Write(buffer, offset, count);
        }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Keep(buffer.Span);
            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private void Keep(ReadOnlySpan<byte> bytes)
        {
            if (_over)
            {
                return;
            }
            if ((long)_length + bytes.Length > limit)
            {
                _over = true;
                Release();
                return;
            }
            while (bytes.Length > 0)
            {
                var used = _length % ChunkBytes;
                if (used == 0)
                {
                    _chunks.Add(System.Buffers.ArrayPool<byte>.Shared.Rent(ChunkBytes));
                }
                var n = Math.Min(ChunkBytes - used, bytes.Length);
                bytes[..n].CopyTo(_chunks[^1].AsSpan(used));
                _length += n;
                bytes = bytes[n..];
            }
        }

        private void Release()
        {
            foreach (var chunk in _chunks)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
            }
            _chunks.Clear();
        }

        protected override void Dispose(bool disposing)
        {
            // The inner stream belongs to the server.
            Release();
            base.Dispose(disposing);
        }

        public override ValueTask DisposeAsync()
        {
            Release();
            return base.DisposeAsync();
        }
    }
}
