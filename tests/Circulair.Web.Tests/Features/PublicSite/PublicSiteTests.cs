using System.Net;
using System.Text;
using Circulair.Organisations;
using Circulair.Strategy;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.PublicSite;

/// <summary>
/// The public progress site (issue 16 item 5, decision 0310): opt-in, no personal data, no cookie, cacheable; repeated
/// answers given at the head of the pipeline (decision 0435). The tests of this class run one after the other, and no
/// other class of this app asks for /p/…, so the cache's counters tell which step answered.
/// </summary>
public sealed class PublicSiteTests(SharedApp app)
{
    private PublicPageCache Cache => app.Services.GetRequiredService<PublicPageCache>();

    /// <summary>Every header of an answer (the content's too) but the date, by name.</summary>
    internal static SortedDictionary<string, string> HeadersOf(HttpResponseMessage response)
    {
        var all = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!name.Equals("Date", StringComparison.OrdinalIgnoreCase))
            {
                all[name] = string.Join(" | ", values);
            }
        }
        return all;
    }

    /// <summary>Makes the next request of this organisation's site go down the whole pipeline: its version is no longer known in memory.</summary>
    private void ForgetVersion(int organisationId) => app.Services.GetRequiredService<DataVersionTracker>().Forget([organisationId]);

    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string url, string? ifNoneMatch = null, bool head = false)
    {
        using var request = new HttpRequestMessage(head ? HttpMethod.Head : HttpMethod.Get, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }
        return await http.SendAsync(request);
    }

    /// <summary>Every page and file of the site, found by following its own links from the front page, in both languages.</summary>
    private static async Task<Dictionary<string, string>> CrawlAsync(HttpClient http, string slug)
    {
        var found = new Dictionary<string, string>();
        var queue = new Queue<string>([$"/p/{slug}", $"/p/{slug}?lang=en"]);
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        while (queue.TryDequeue(out var url))
        {
            if (found.ContainsKey(url))
            {
                continue;
            }
            using var response = await GetAsync(http, url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
            var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
            found[url] = body;
            if (response.Content.Headers.ContentType?.MediaType == "text/html")
            {
                foreach (var href in parser.ParseDocument(body).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
                {
                    if (href.StartsWith($"/p/{slug}", StringComparison.Ordinal))
                    {
                        queue.Enqueue(href);
                    }
                }
            }
        }
        return found;
    }

    [Fact]
    public async Task Answers_404_until_a_coordinator_switches_the_site_on_and_again_once_it_is_off()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app, publish: false);
        var slug = seeded.S.Organisation.Slug;
        using var visitor = app.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(visitor.Http, $"/p/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(visitor.Http, $"/p/{slug}/data.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(visitor.Http, "/p/no-such-organisation")).StatusCode);

        using var coordinator = await app.LoggedInClientAsync(seeded.S.User);
        var settings = await coordinator.OpenAsync(seeded.S.Organisation.Url("/public-site"));
        var on = await coordinator.SubmitAsync(settings, "#public-site-form", new Dictionary<string, string?> { ["Published"] = "true", ["Sections"] = "Actions" });
        Assert.Equal(HttpStatusCode.Redirect, on.Status);

        var page = await visitor.GetAsync($"/p/{slug}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Sloopinventaris", page.Text("#actions"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#vision"));
        Assert.Null(page.Document.QuerySelector("#indicators"));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(visitor.Http, $"/p/{slug}/data/indicators.csv")).StatusCode);

        settings = await coordinator.OpenAsync(seeded.S.Organisation.Url("/public-site"));
        await coordinator.SubmitAsync(settings, "#public-site-form", new Dictionary<string, string?> { ["Published"] = null, ["Sections"] = "Actions" });
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(visitor.Http, $"/p/{slug}")).StatusCode);
    }

    [Fact]
    public async Task A_teamlid_cannot_switch_the_site_on()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app, publish: false);
        using var teamlid = await app.LoggedInClientAsync(seeded.Member);
        var settings = await teamlid.OpenAsync(seeded.S.Organisation.Url("/public-site"));
        Assert.Null(settings.Document.QuerySelector("#public-site-form"));
        var refused = await teamlid.PostAsync(seeded.S.Organisation.Url("/public-site"), [new("Published", "true"), new("__RequestVerificationToken", settings.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(teamlid.Http, $"/p/{seeded.S.Organisation.Slug}")).StatusCode);
    }

    [Fact]
    public async Task No_page_or_file_of_the_site_holds_a_private_persons_name_or_address_and_owners_appear_as_bodies()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        var email = seeded.Member.Email;
        using var visitor = app.NewClient();

        var crawled = await CrawlAsync(visitor.Http, seeded.S.Organisation.Slug);

        Assert.Contains(crawled.Keys, u => u.EndsWith("/data.json", StringComparison.Ordinal));
        Assert.Contains(crawled.Keys, u => u.EndsWith("/data/actions.csv", StringComparison.Ordinal));
        Assert.Contains(crawled.Keys, u => u.EndsWith("/data/health-check.csv", StringComparison.Ordinal));
        Assert.Contains(crawled.Keys, u => u.EndsWith("/open-data?lang=en", StringComparison.Ordinal));
        foreach (var (url, body) in crawled)
        {
            foreach (var secret in PublicSiteArrange.Secrets.Append(email).Append(email.Split('@')[0]))
            {
                Assert.False(body.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{url} shows \"{secret}\"");
            }
        }
        var page = await visitor.GetAsync($"/p/{seeded.S.Organisation.Slug}");
        Assert.Equal(seeded.S.Organisation.Name, page.Text($"#action-{seeded.MemberAction} [data-owner]"));
        Assert.Equal("Dienst Omgeving", page.Text($"#action-{seeded.PersonAction} [data-owner]"));
        Assert.Equal("Kringwinkel Zuid", page.Text($"#action-{seeded.CompanyAction} [data-owner]"));
        Assert.Equal("60 %", page.Text($"#action-{seeded.MemberAction} [data-percent]"));
        Assert.Contains("In 2030 draait de gemeente rond", page.Text("#vision-statement"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("#indicators svg"));
        Assert.NotNull(page.Document.QuerySelector("#health-table"));
        Assert.Contains("\"status\": \"Lopend\"", crawled[$"/p/{seeded.S.Organisation.Slug}/data.json"], StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFaction_id;number;title;goal_id;line_id;line;status;status_label;progress_percent;start;end;responsible",
            crawled[$"/p/{seeded.S.Organisation.Slug}/data/actions.csv"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_are_public_cacheable_with_a_strong_etag_304_on_revalidation_and_a_new_etag_after_a_change()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        var url = $"/p/{seeded.S.Organisation.Slug}";
        using var visitor = app.NewClient();

        using var first = await GetAsync(visitor.Http, url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var again = await GetAsync(visitor.Http, url, etag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag.Tag, again.Headers.ETag!.Tag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using var json = await GetAsync(visitor.Http, url + "/data.json");
        Assert.NotEqual(etag.Tag, json.Headers.ETag!.Tag);

        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == seeded.CompanyAction);
            action.Describe(action.Details with { Title = "Hergebruikpunt in elke wijk" }, Now(app));
            await db.SaveChangesAsync();
        });
        using var changed = await GetAsync(visitor.Http, url, etag.Tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag.Tag, changed.Headers.ETag!.Tag);
        Assert.Contains("Hergebruikpunt in elke wijk", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sets_no_cookie_on_any_public_answer_even_for_a_signed_in_member()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        var slug = seeded.S.Organisation.Slug;
        using var member = await app.LoggedInClientAsync(seeded.S.User);
        using var stranger = app.NewClient();
        foreach (var client in new[] { member, stranger })
        {
            foreach (var url in new[] { $"/p/{slug}", $"/p/{slug}?lang=en", $"/p/{slug}/open-data", $"/p/{slug}/data.json", $"/p/{slug}/data/goals.csv", $"/p/{slug}" })
            {
                using var response = await GetAsync(client.Http, url);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.False(response.Headers.Contains("Set-Cookie"), $"{url} sets {string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var v) ? v : [])}");
                Assert.False(response.Headers.Vary.Count > 0, $"{url} varies by {response.Headers.Vary}");
            }
        }
        // The member's language cookie or profile does not change the public page: its language is in the address.
        var english = await member.GetAsync($"/p/{slug}?lang=en");
        Assert.Equal("en", english.Document.DocumentElement.GetAttribute("lang"));
        var dutch = await member.GetAsync($"/p/{slug}");
        Assert.Equal("nl-BE", dutch.Document.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_repeated_open_data_download_keeps_its_file_name()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        using var visitor = app.NewClient();
        var url = $"/p/{seeded.S.Organisation.Slug}/data/actions.csv";
        using var first = await GetAsync(visitor.Http, url);
        var name = first.Content.Headers.ContentDisposition?.FileName;
        Assert.False(string.IsNullOrEmpty(name));
        // From the cache at the head of the pipeline, and through it (the version forgotten).
        using var repeated = await GetAsync(visitor.Http, url);
        Assert.Equal(name, repeated.Content.Headers.ContentDisposition?.FileName);
        ForgetVersion(seeded.S.Organisation.Id);
        using var through = await GetAsync(visitor.Http, url);
        Assert.Equal(name, through.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task A_repeated_answer_and_a_304_given_at_the_head_of_the_pipeline_carry_the_headers_and_bytes_of_one_given_through_it()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        await app.VersionsTrustedAsync();
        var slug = seeded.S.Organisation.Slug;
        using var visitor = app.NewClient();
        foreach (var url in new[] { $"/p/{slug}", $"/p/{slug}?lang=en", $"/p/{slug}/open-data", $"/p/{slug}/data.json", $"/p/{slug}/data/actions.csv" })
        {
            using var rendered = await GetAsync(visitor.Http, url);
            var etag = rendered.Headers.ETag!.Tag;

            // The same answers through the whole pipeline (the version forgotten, so the head cannot answer) and at its head.
            ForgetVersion(seeded.S.Organisation.Id);
            var early = Cache.EarlyAnswers;
            using var through = await GetAsync(visitor.Http, url);
            Assert.Equal(early, Cache.EarlyAnswers);
            using var atHead = await GetAsync(visitor.Http, url);
            Assert.Equal(early + 1, Cache.EarlyAnswers);
            Assert.Equal(HttpStatusCode.OK, atHead.StatusCode);
            // Compared with a kept answer given through the pipeline; the first render is compared below for the download name.
            Assert.Equal(HeadersOf(through), HeadersOf(atHead));
            Assert.Equal(await rendered.Content.ReadAsByteArrayAsync(), await atHead.Content.ReadAsByteArrayAsync());

            ForgetVersion(seeded.S.Organisation.Id);
            using var notModifiedThrough = await GetAsync(visitor.Http, url, etag);
            Assert.Equal(early + 1, Cache.EarlyAnswers);
            using var notModifiedAtHead = await GetAsync(visitor.Http, url, etag);
            Assert.Equal(early + 2, Cache.EarlyAnswers);
            Assert.Equal(HttpStatusCode.NotModified, notModifiedThrough.StatusCode);
            Assert.Equal(HttpStatusCode.NotModified, notModifiedAtHead.StatusCode);
            Assert.Equal(HeadersOf(notModifiedThrough), HeadersOf(notModifiedAtHead));
            Assert.Empty(await notModifiedAtHead.Content.ReadAsByteArrayAsync());

            ForgetVersion(seeded.S.Organisation.Id);
            using var headThrough = await GetAsync(visitor.Http, url, head: true);
            using var headAtHead = await GetAsync(visitor.Http, url, head: true);
            Assert.Equal(early + 3, Cache.EarlyAnswers);
            Assert.Equal(HeadersOf(headThrough), HeadersOf(headAtHead));
            Assert.Empty(await headAtHead.Content.ReadAsByteArrayAsync());

            foreach (var answer in new[] { atHead, notModifiedAtHead, headAtHead })
            {
                Assert.Equal(SecurityHeadersMiddleware.ContentSecurityPolicy, Assert.Single(answer.Headers.GetValues("Content-Security-Policy")));
                Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
                Assert.Equal("DENY", Assert.Single(answer.Headers.GetValues("X-Frame-Options")));
                Assert.Equal("same-origin", Assert.Single(answer.Headers.GetValues("Referrer-Policy")));
                Assert.Equal("same-origin", Assert.Single(answer.Headers.GetValues("Cross-Origin-Opener-Policy")));
                Assert.Equal("camera=(), microphone=(), geolocation=(), payment=()", Assert.Single(answer.Headers.GetValues("Permissions-Policy")));
                Assert.Equal("public, max-age=60", answer.Headers.CacheControl!.ToString());
                Assert.Equal(etag, answer.Headers.ETag!.Tag);
                Assert.False(answer.Headers.Contains("Set-Cookie"));
            }
        }
    }

    [Fact]
    public async Task The_head_of_the_pipeline_never_serves_a_page_kept_under_an_older_data_version()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        await app.VersionsTrustedAsync();
        var url = $"/p/{seeded.S.Organisation.Slug}";
        using var visitor = app.NewClient();
        using var first = await GetAsync(visitor.Http, url);
        var early = Cache.EarlyAnswers;
        using var repeated = await GetAsync(visitor.Http, url);
        Assert.Equal(early + 1, Cache.EarlyAnswers);

        await app.WithDbAsync(async db =>
        {
            var action = await db.PlannedActions.SingleAsync(a => a.Id == seeded.CompanyAction);
            action.Describe(action.Details with { Title = "Tweedehandsmarkt op het plein" }, Now(app));
            await db.SaveChangesAsync();
        });
        // A HEAD renders without keeping its answer, but teaches the cache the new version: the page kept under the
        // old one is still there when the GET comes.
        using var head = await GetAsync(visitor.Http, url, head: true);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        using var changed = await GetAsync(visitor.Http, url);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Tweedehandsmarkt op het plein", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(first.Headers.ETag!.Tag, changed.Headers.ETag!.Tag);

        early = Cache.EarlyAnswers;
        using var again = await GetAsync(visitor.Http, url);
        Assert.Equal(early + 1, Cache.EarlyAnswers);
        Assert.Contains("Tweedehandsmarkt op het plein", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(changed.Headers.ETag!.Tag, again.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task If_None_Match_gets_304_only_when_it_lists_the_current_strong_etag()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        await app.VersionsTrustedAsync();
        var url = $"/p/{seeded.S.Organisation.Slug}/data.json";
        using var visitor = app.NewClient();
        using var first = await GetAsync(visitor.Http, url);
        var etag = first.Headers.ETag!.Tag;
        var other = etag[..^2] + (etag[^2] == '0' ? "1" : "0") + "\"";

        foreach (var (header, expected) in new[]
        {
            (etag, HttpStatusCode.NotModified),
            ($"\"other\", {etag}", HttpStatusCode.NotModified),
            ($"{etag} , \"other\"", HttpStatusCode.NotModified),
            ($"\"a\",\"b\",{etag}", HttpStatusCode.NotModified),
            (other, HttpStatusCode.OK),
            ($"\"a\", {other}", HttpStatusCode.OK),
            ("W/" + etag, HttpStatusCode.OK),
            ($"\"a\", W/{etag}", HttpStatusCode.OK),
            ("*", HttpStatusCode.OK),
            (etag[1..^1], HttpStatusCode.OK),
        })
        {
            var early = Cache.EarlyAnswers;
            using var answer = await GetAsync(visitor.Http, url, header);
            Assert.True(expected == answer.StatusCode, $"If-None-Match: {header} answered {(int)answer.StatusCode}");
            Assert.Equal(early + 1, Cache.EarlyAnswers);
            Assert.Equal(etag, answer.Headers.ETag!.Tag);
        }
    }

    [Fact]
    public void If_None_Match_is_read_item_by_item_as_a_split_on_commas_would()
    {
        const string etag = "\"7-42-20260302-abcdef01-0123456789abcdef\"";
        Assert.True(PublicPageCache.IfNoneMatchHolds(etag, etag));
        Assert.True(PublicPageCache.IfNoneMatchHolds($"\"x\",{etag}", etag));
        Assert.True(PublicPageCache.IfNoneMatchHolds($"  {etag}\t, \"x\"", etag));
        Assert.True(PublicPageCache.IfNoneMatchHolds(new StringValues(["\"x\"", etag]), etag));
        Assert.True(PublicPageCache.IfNoneMatchHolds(new StringValues(["\"x\", \"y\"", $"\"z\", {etag}"]), etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds(StringValues.Empty, etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds("", etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds(",", etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds("*", etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds("W/" + etag, etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds(etag + "x", etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds(etag[..^1], etag));
        Assert.False(PublicPageCache.IfNoneMatchHolds($"\"x\"{etag}", etag));
    }

    [Fact]
    public void The_slug_is_found_where_a_split_of_the_path_would_find_it()
    {
        foreach (var path in new[] { "/p/gent", "/p/gent/data.json", "/p//gent/", "/P/gent?x", "/p/gent/data/actions.csv", "/p", "/p/", "/p//", "//p/x", "/p/a%2Fb/c", "" })
        {
            var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            var found = PublicPageCache.TryFindSlug(path, out var start, out var length);
            Assert.Equal(segments.Length >= 2, found);
            if (found)
            {
                Assert.Equal(segments[1], path.Substring(start, length));
            }
        }
        Assert.False(PublicPageCache.TryFindSlug(null, out _, out _));
    }

    [Fact]
    public async Task The_day_in_the_etag_changes_at_midnight_in_Brussels_and_a_page_kept_yesterday_is_not_served_today()
    {
        // A cache of its own, on its own clock: the shared app's clock is not moved.
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 22, 59, 58, TimeSpan.Zero));
        var versions = new DataVersionTracker(new Microsoft.AspNetCore.Http.HttpContextAccessor());
        versions.Configure(enabled: true, shared: false);
        using var cache = new PublicPageCache(versions, app.Services.GetRequiredService<IServiceScopeFactory>(), clock, app.Services.GetRequiredService<CacheBudget>());
        var seeded = await PublicSiteArrange.SeedAsync(app);
        var slug = seeded.S.Organisation.Slug;

        Assert.Null(await cache.VersionAsync("no-such-organisation", CancellationToken.None));
        var known = await cache.VersionAsync(slug, CancellationToken.None);
        Assert.Equal(seeded.S.Organisation.Id, known!.Value.Id);
        Assert.True(cache.TryKnownVersion(slug, out var id, out var version));
        Assert.Equal((known.Value.Id, known.Value.Version), (id, version));

        var address = $"/p/{slug}";
        var before = cache.Today();
        Assert.Equal(20260328, before.Number);
        var etag = cache.ETagFor(id, version, address);
        cache.Store(new PublicPageCache.Entry(address, [1, 2, 3], "text/html", etag, id, version, before.Number));
        Assert.True(cache.TryGetCurrent(address, id, version, cache.Today(), out _));
        Assert.False(cache.TryGetCurrent(address, id, version + 1, cache.Today(), out _));
        Assert.False(cache.TryGetCurrent(address, id + 1, version, cache.Today(), out _));
        Assert.False(cache.TryGetCurrent(address + "?lang=en", id, version, cache.Today(), out _));

        clock.Advance(TimeSpan.FromSeconds(2)); // 00:00:00 in Brussels (UTC+1)
        Assert.Equal(20260329, cache.Today().Number);
        Assert.NotEqual(etag, cache.ETagFor(id, version, address));
        Assert.False(cache.TryGetCurrent(address, id, version, cache.Today(), out _));

        // Across the switch to summer time and back: the day is always the one a conversion of the instant gives.
        foreach (var hours in new[] { 1, 1, 20, 2, 1, 24 * 212, 1, 1, 1, 21, 1, 2 })
        {
            clock.Advance(TimeSpan.FromHours(hours) - TimeSpan.FromSeconds(1));
            var now = clock.GetUtcNow();
            var expected = TimeZoneInfo.ConvertTime(now, Circulair.Web.Features.Vision.LocalTime.Brussels).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected, cache.Today().Text);
            Assert.Equal(int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), cache.Today().Number);
            Assert.Contains("-" + expected + "-", cache.ETagFor(id, version, address), StringComparison.Ordinal);
        }
    }
}
