using System.Net;
using System.Text;
using Circulair.Organisations;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.PublicSite;

/// <summary>The public progress site (issue 16 item 5, decision 0310): opt-in, no personal data, no cookie, cacheable.</summary>
public sealed class PublicSiteTests(SharedApp app)
{
    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
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
}
