using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Tests.Features.PublicSite;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// The app behind a reverse proxy at 10.0.0.1 (and any in 192.168.50.0/24), in Production (HSTS on), with a low
/// log-in limit. The in-memory server has no peer address; a test header sets it, as the proxy's connection would.
/// </summary>
public sealed partial class ProxyApp : CirculairFactory
{
    public const string PeerHeader = "X-Test-Peer";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:LoginPerMinute"] = "3",
        ["ReverseProxy:KnownProxies"] = "10.0.0.1",
        ["ReverseProxy:KnownNetworks"] = "192.168.50.0/24",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, PeerAddressFilter>());
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await this.NewUserAsync(); // setup is done, so the account pages are reachable
    }

    /// <summary>A client whose requests come from <paramref name="peer"/> with the given forwarded headers.</summary>
    public HttpClient From(string peer, IDictionary<string, string>? forwarded = null)
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add(PeerHeader, peer);
        foreach (var (k, v) in forwarded ?? new Dictionary<string, string>())
        {
            http.DefaultRequestHeaders.Add(k, v);
        }
        return http;
    }

    private sealed class PeerAddressFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, nextStep) =>
            {
                if (http.Request.Headers.TryGetValue(PeerHeader, out var peer))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(peer.ToString());
                }
                return nextStep(http);
            });
            next(app);
        };
    }
}

public sealed partial class ReverseProxyTests(ProxyApp app) : IClassFixture<ProxyApp>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>Asks for a reset link like a browser without cookie jar: the antiforgery cookie and field are carried by hand.</summary>
    private static async Task<HttpStatusCode> AskResetLinkAsync(HttpClient http)
    {
        using var form = await http.GetAsync("/account/forgot-password");
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Circulair.Antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        var token = TokenField().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/forgot-password")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", Scenario.Unique("iemand") + "@example.test"), new("__RequestVerificationToken", WebUtility.HtmlDecode(token))]),
        };
        request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Two_clients_behind_a_configured_proxy_have_a_rate_limit_each()
    {
        using var first = app.From("10.0.0.1", new Dictionary<string, string> { ["X-Forwarded-For"] = "203.0.113.10" });
        using var second = app.From("10.0.0.1", new Dictionary<string, string> { ["X-Forwarded-For"] = "203.0.113.20" });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, await AskResetLinkAsync(first));
        }
        var firstAgain = await AskResetLinkAsync(first);
        var secondClient = await AskResetLinkAsync(second);

        Assert.Equal(HttpStatusCode.TooManyRequests, firstAgain);
        Assert.Equal(HttpStatusCode.Redirect, secondClient);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_unknown_address_are_ignored()
    {
        using var first = app.From("10.0.0.9", new Dictionary<string, string> { ["X-Forwarded-For"] = "203.0.113.30" });
        using var second = app.From("10.0.0.9", new Dictionary<string, string> { ["X-Forwarded-For"] = "203.0.113.40" });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, await AskResetLinkAsync(first));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await AskResetLinkAsync(second));
    }

    [Fact]
    public async Task Behind_a_proxy_that_ends_TLS_cookies_are_Secure_and_HSTS_is_sent()
    {
        var https = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-Host"] = "circulair.example.be", ["X-Forwarded-For"] = "203.0.113.50" };
        using var proxied = app.From("192.168.50.7", https);
        using var stranger = app.From("10.0.0.9", https);
        var user = await app.NewUserAsync();

        using var page = await proxied.GetAsync("/login");
        using var strangerPage = await stranger.GetAsync("/login");
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Circulair.Antiforgery=", StringComparison.Ordinal));
        using var login = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([
                new("Input.Email", user.Email), new("Input.Password", user.Password),
                new("__RequestVerificationToken", WebUtility.HtmlDecode(TokenField().Match(await page.Content.ReadAsStringAsync()).Groups[1].Value))]),
        };
        login.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var signedIn = await proxied.SendAsync(login);

        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Circulair.Session=", StringComparison.Ordinal));
        Assert.Contains("; secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", strangerPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".Circulair.Antiforgery=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
        Assert.False(strangerPage.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Behind_a_proxy_that_ends_TLS_a_public_page_answered_at_the_head_of_the_pipeline_carries_HSTS_as_through_it()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        var cache = app.Services.GetRequiredService<PublicPageCache>();
        var url = $"/p/{seeded.S.Organisation.Slug}";
        var https = new Dictionary<string, string> { ["X-Forwarded-Proto"] = "https", ["X-Forwarded-Host"] = "circulair.example.be", ["X-Forwarded-For"] = "203.0.113.60" };
        using var proxied = app.From("10.0.0.1", https);
        // Not a known proxy: its forwarded headers are not believed, so the request is plain http to localhost.
        using var stranger = app.From("10.0.0.9", https);

        using var first = await proxied.GetAsync(url);
        app.Services.GetRequiredService<DataVersionTracker>().Forget([seeded.S.Organisation.Id]);
        var before = cache.EarlyAnswers;
        using var strangersFirst = await stranger.GetAsync(url);
        Assert.Equal(before, cache.EarlyAnswers);
        var early = cache.EarlyAnswers;
        using var repeated = await proxied.GetAsync(url);
        using var strangersRepeated = await stranger.GetAsync(url);
        Assert.Equal(early + 2, cache.EarlyAnswers);
        Assert.Equal(PublicSiteTests.HeadersOf(first), PublicSiteTests.HeadersOf(repeated));
        Assert.Equal(PublicSiteTests.HeadersOf(strangersFirst), PublicSiteTests.HeadersOf(strangersRepeated));
        Assert.Equal("max-age=31536000", Assert.Single(repeated.Headers.GetValues("Strict-Transport-Security")));
        Assert.False(strangersRepeated.Headers.Contains("Strict-Transport-Security"));

        var etag = first.Headers.ETag!.Tag;
        app.Services.GetRequiredService<DataVersionTracker>().Forget([seeded.S.Organisation.Id]);
        using var notModifiedThrough = await proxied.SendAsync(Revalidation(url, etag));
        early = cache.EarlyAnswers;
        using var notModifiedAtHead = await proxied.SendAsync(Revalidation(url, etag));
        Assert.Equal(early + 1, cache.EarlyAnswers);
        Assert.Equal(HttpStatusCode.NotModified, notModifiedAtHead.StatusCode);
        Assert.Equal(PublicSiteTests.HeadersOf(notModifiedThrough), PublicSiteTests.HeadersOf(notModifiedAtHead));
        Assert.True(notModifiedAtHead.Headers.Contains("Strict-Transport-Security"));
    }

    private static HttpRequestMessage Revalidation(string url, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        return request;
    }
}
