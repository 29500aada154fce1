using System.Net;
using System.Reflection;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Demo;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>A fresh app whose demo organisation has a Beheerder, a Lezer and an English-speaking Teamlid of our own.</summary>
public sealed class CacheApp : CirculairFactory
{
    public TestOrganisation Demo { get; private set; } = null!;
    public TestUser Beheerder { get; private set; } = null!;
    public TestUser Lezer { get; private set; } = null!;
    public TestUser English { get; private set; } = null!;
    public TestUser Outsider { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));
        Demo = await WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.IsDemo).Select(o => new TestOrganisation(o.Id, o.Slug, o.Name)).SingleAsync());
        Beheerder = await this.NewUserAsync("Beheerder Cache");
        Lezer = await this.NewUserAsync("Lezer Cache");
        English = await this.NewUserAsync("Team Member Cache", language: Circulair.Accounts.Languages.English);
        await this.AddMemberAsync(Demo, Beheerder, OrganisationRole.Beheerder);
        await this.AddMemberAsync(Demo, Lezer, OrganisationRole.Lezer);
        await this.AddMemberAsync(Demo, English, OrganisationRole.Teamlid);
        (_, Outsider) = await this.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
    }
}

/// <summary>
/// The output cache of read-heavy pages (decision 0171), through the real app: every page marked
/// <see cref="CachedPageAttribute"/> is found from the endpoint data source (not a hand-kept list) and filled with the
/// demo organisation's ids, then shown to be served from the cache (a hit carries <c>Age</c>), to show a change made
/// through a form at once, and to keep each person's page their own.
/// </summary>
public sealed class CachedPageTests(CacheApp app) : IClassFixture<CacheApp>
{
    [Fact]
    public async Task Every_cached_page_is_served_again_from_the_cache_and_shows_a_change_through_a_form_at_once()
    {
        var urls = await CachedUrlsAsync();
        Assert.True(urls.Count >= 8, $"Only {urls.Count} cached pages found.");
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        var failures = new List<string>();

        foreach (var url in urls)
        {
            await beheerder.OpenAsync(url);
            await lezer.OpenAsync(url);
            var again = await beheerder.OpenAsync(url);
            if (!again.Headers.ContainsKey("Age"))
            {
                failures.Add($"{url}: the second GET was not served from the cache");
            }

            // A change through a form: the organisation's name shows in the header of every page.
            var name = Scenario.Unique("Demostad");
            var settings = await beheerder.OpenAsync(app.Demo.Url("/settings"));
            var saved = await beheerder.SubmitAsync(settings, new Dictionary<string, string?> { ["Organisation.Name"] = name });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
            await beheerder.OpenAsync(saved.Location!); // the flash message, shown once

            foreach (var (who, client) in new[] { ("writer", beheerder), ("another member", lezer) })
            {
                var after = await client.OpenAsync(url);
                if (after.Text(".cx-header__org") != name || after.Headers.ContainsKey("Age"))
                {
                    failures.Add($"{url}: the {who} got the page from before the change ({after.Text(".cx-header__org")})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_new_item_saved_through_a_form_shows_at_once_on_the_cached_list()
    {
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        var list = app.Demo.Url("/trajectories");
        await beheerder.OpenAsync(list);
        await lezer.OpenAsync(list);
        Assert.True((await lezer.OpenAsync(list)).Headers.ContainsKey("Age"));

        var title = Scenario.Unique("Traject");
        var form = await beheerder.OpenAsync(app.Demo.Url("/trajectories/new"));
        var done = await beheerder.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Title"] = title,
            ["Input.PeriodStartYear"] = "2025",
            ["Input.PeriodEndYear"] = "2030",
            ["Input.StartDate"] = "2026-03-02",
            ["Input.PlannedEndDate"] = "2026-08-03",
        });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);

        Assert.Contains(title, (await beheerder.OpenAsync(list)).MainText, StringComparison.Ordinal);
        Assert.Contains(title, (await lezer.OpenAsync(list)).MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flash_message_shows_once_and_the_page_after_it_comes_from_the_cache_again()
    {
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        var settings = await beheerder.OpenAsync(app.Demo.Url("/settings"));
        var dashboard = app.Demo.Url();
        await beheerder.OpenAsync(dashboard);

        var saved = await beheerder.SubmitAsync(settings, new Dictionary<string, string?> { ["Organisation.Name"] = Scenario.Unique("Demostad") });
        var withFlash = await beheerder.OpenAsync(dashboard);
        var next = await beheerder.OpenAsync(dashboard);
        var third = await beheerder.OpenAsync(dashboard);

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.NotNull(withFlash.Document.QuerySelector(".cx-flash"));
        Assert.Null(next.Document.QuerySelector(".cx-flash"));
        Assert.Null(third.Document.QuerySelector(".cx-flash"));
        Assert.True(third.Headers.ContainsKey("Age"));
    }

    [Fact]
    public async Task Each_person_gets_their_own_page_with_their_role_language_and_a_working_log_out_token()
    {
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        using var english = await app.LoggedInClientAsync(app.English);
        var url = app.Demo.Url("/stakeholders");
        await beheerder.OpenAsync(url);
        var beheerderPage = await beheerder.OpenAsync(url);
        await lezer.OpenAsync(url);
        var lezerPage = await lezer.OpenAsync(url);
        await english.OpenAsync(url);
        var englishPage = await english.OpenAsync(url);

        Assert.True(beheerderPage.Headers.ContainsKey("Age") && lezerPage.Headers.ContainsKey("Age") && englishPage.Headers.ContainsKey("Age"));
        // Role: only a Beheerder sees the members link; only a writer sees the new-stakeholder link.
        Assert.NotNull(beheerderPage.Document.QuerySelector($"a[href='{app.Demo.Url("/members")}']"));
        Assert.Null(lezerPage.Document.QuerySelector($"a[href='{app.Demo.Url("/members")}']"));
        // Language.
        Assert.Equal("nl-BE", beheerderPage.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("en", englishPage.Document.DocumentElement.GetAttribute("lang"));
        // Antiforgery: each page carries a token of its own browser, which that browser can use.
        Assert.NotEqual(beheerderPage.AntiforgeryToken, lezerPage.AntiforgeryToken);
        var loggedOut = await lezer.PostAsync("/logout", [new("__RequestVerificationToken", lezerPage.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.Status);
        var afterLogOut = await lezer.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, afterLogOut.Status);
        Assert.StartsWith("/login", new Uri(new Uri("http://localhost"), afterLogOut.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_browser_of_the_same_person_gets_the_kept_page_with_its_own_antiforgery_token()
    {
        using var first = await app.LoggedInClientAsync(app.Beheerder);
        using var second = await app.LoggedInClientAsync(app.Beheerder);
        var url = app.Demo.Url("/initiatives");
        await first.OpenAsync(url);
        var firstPage = await first.OpenAsync(url);
        var secondPage = await second.OpenAsync(url);

        Assert.True(firstPage.Headers.ContainsKey("Age"));
        Assert.True(secondPage.Headers.ContainsKey("Age"));
        Assert.NotEqual(firstPage.AntiforgeryToken, secondPage.AntiforgeryToken);
        Assert.DoesNotContain(firstPage.AntiforgeryToken, secondPage.Html, StringComparison.Ordinal);
        var loggedOut = await second.PostAsync("/logout", [new("__RequestVerificationToken", secondPage.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.Status);
    }

    [Fact]
    public async Task Members_with_the_same_role_share_one_rendering_each_with_tokens_of_their_own_and_other_roles_do_not()
    {
        var one = await app.NewUserAsync("Teamlid Een");
        var other = await app.NewUserAsync("Teamlid Twee");
        await app.AddMemberAsync(app.Demo, one, OrganisationRole.Teamlid);
        await app.AddMemberAsync(app.Demo, other, OrganisationRole.Teamlid);
        using var oneClient = await app.LoggedInClientAsync(one);
        using var otherClient = await app.LoggedInClientAsync(other);
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        var url = app.Demo.Url("/trajectories");

        var rendered = await oneClient.OpenAsync(url);
        var kept = await otherClient.OpenAsync(url);
        var forLezer = await lezer.OpenAsync(url);

        Assert.False(rendered.Headers.ContainsKey("Age"));
        Assert.True(kept.Headers.ContainsKey("Age"), "a Teamlid should get the page another Teamlid's visit rendered");
        Assert.False(forLezer.Headers.ContainsKey("Age"), "a Lezer must not get a Teamlid's page");
        Assert.Equal(rendered.MainText, kept.MainText);
        // Every form of the kept page carries the second member's own token, none the first one's.
        var tokens = kept.Document.QuerySelectorAll("input[name=__RequestVerificationToken]").Select(i => i.GetAttribute("value")).Distinct().ToList();
        Assert.Equal([kept.AntiforgeryToken], tokens);
        Assert.DoesNotContain(rendered.AntiforgeryToken, kept.Html, StringComparison.Ordinal);
        // The token is bound to the second member: a save with it passes the antiforgery check; the first member's is refused.
        var refused = await otherClient.PostAsync("/logout", [new("__RequestVerificationToken", rendered.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        var loggedOut = await otherClient.PostAsync("/logout", [new("__RequestVerificationToken", kept.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.Status);
    }

    [Fact]
    public async Task A_page_that_shows_the_persons_own_input_is_kept_per_person()
    {
        var one = await app.NewUserAsync("Teamlid Drie");
        var other = await app.NewUserAsync("Teamlid Vier");
        await app.AddMemberAsync(app.Demo, one, OrganisationRole.Teamlid);
        await app.AddMemberAsync(app.Demo, other, OrganisationRole.Teamlid);
        using var oneClient = await app.LoggedInClientAsync(one);
        using var otherClient = await app.LoggedInClientAsync(other);
        // The scan's overview lists the person's own unfinished imports.
        var url = app.Demo.Url("/scan");

        await oneClient.OpenAsync(url);
        var again = await oneClient.OpenAsync(url);
        var otherPage = await otherClient.OpenAsync(url);

        Assert.True(again.Headers.ContainsKey("Age"));
        Assert.False(otherPage.Headers.ContainsKey("Age"));
    }

    [Fact]
    public void A_token_is_found_at_each_of_its_places_and_nowhere_else()
    {
        var body = System.Text.Encoding.ASCII.GetBytes("<a>OLD</a><b value=\"OLD\">xOLDx</b>OL");
        Assert.Equal([3, 20, 26], OrganisationPageCache.Offsets(body, "OLD"u8.ToArray()));
        Assert.Empty(OrganisationPageCache.Offsets(body, "ABSENT"u8.ToArray()));
        Assert.Equal([0, 3], OrganisationPageCache.Offsets("OLDOLD"u8.ToArray(), "OLD"u8.ToArray()));
    }

    [Fact]
    public async Task A_member_of_another_organisation_gets_404_on_a_page_the_cache_holds()
    {
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        using var outsider = await app.LoggedInClientAsync(app.Outsider);
        var failures = new List<string>();
        foreach (var url in await CachedUrlsAsync())
        {
            await beheerder.OpenAsync(url);
            await beheerder.OpenAsync(url);
            var page = await outsider.GetAsync(url);
            if (page.Status != HttpStatusCode.NotFound || page.Html.Contains(app.Demo.Slug + "/", StringComparison.Ordinal))
            {
                failures.Add($"{url} answered {(int)page.Status} to a member of another organisation");
            }
        }
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task A_removed_member_gets_404_and_a_demoted_member_the_page_of_their_new_role_at_once()
    {
        var removed = await app.NewUserAsync();
        var demoted = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, removed, OrganisationRole.Teamlid);
        await app.AddMemberAsync(app.Demo, demoted, OrganisationRole.Beheerder);
        using var removedClient = await app.LoggedInClientAsync(removed);
        using var demotedClient = await app.LoggedInClientAsync(demoted);
        var url = app.Demo.Url();
        await removedClient.OpenAsync(url);
        Assert.True((await removedClient.OpenAsync(url)).Headers.ContainsKey("Age"));
        await demotedClient.OpenAsync(url);
        var before = await demotedClient.OpenAsync(url);
        Assert.NotNull(before.Document.QuerySelector($"a[href='{app.Demo.Url("/members")}']"));

        // The Beheerder removes one through the members page; the other is made Lezer.
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        var membershipId = await app.WithDbAsync((db, _) => db.Memberships.Where(m => m.UserId == removed.Id && m.OrganisationId == app.Demo.Id).Select(m => m.Id).SingleAsync());
        var confirm = await beheerder.OpenAsync(app.Demo.Url($"/members/{membershipId}/remove"));
        var done = await beheerder.SubmitAsync(confirm, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        await app.WithDbAsync(async db =>
        {
            var m = await db.Memberships.SingleAsync(x => x.UserId == demoted.Id && x.OrganisationId == app.Demo.Id);
            m.ChangeRole(OrganisationRole.Lezer, beheerdersLeft: 2);
            await db.SaveChangesAsync();
        });

        Assert.Equal(HttpStatusCode.NotFound, (await removedClient.GetAsync(url)).Status);
        var after = await demotedClient.OpenAsync(url);
        Assert.Null(after.Document.QuerySelector($"a[href='{app.Demo.Url("/members")}']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await demotedClient.GetAsync(app.Demo.Url("/members"))).Status);
    }

    [Fact]
    public async Task Reading_workshop_input_or_drafts_marks_the_request_and_reading_organisation_data_does_not()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();

        await db.Stakeholders.Where(s => s.OrganisationId == app.Demo.Id).CountAsync();
        await db.Organisations.Where(o => o.Id == app.Demo.Id).Select(o => o.DataVersion).SingleAsync();
        var afterScoped = db.ReadBeyondDataVersion;
        await db.Set<Circulair.Workshops.WorkshopParticipant>().Where(p => p.OrganisationId == app.Demo.Id).CountAsync();
        var afterParticipants = db.ReadBeyondDataVersion;

        Assert.False(afterScoped);
        Assert.True(afterParticipants);
        Assert.Contains("\"WorkshopResponses\"", DataVersionReadGuard.UncoveredTables(db));
        Assert.Contains("\"SheetImportDrafts\"", DataVersionReadGuard.UncoveredTables(db));
        Assert.DoesNotContain("\"Stakeholders\"", DataVersionReadGuard.UncoveredTables(db));
    }

    private async Task<List<string>> CachedUrlsAsync()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<CachedPageAttribute>() is not null)
            .Select(e => e.RoutePattern)
            .DistinctBy(p => p.RawText)
            .OrderBy(p => p.RawText, StringComparer.Ordinal)
            .ToList();
        var urls = new List<string>();
        foreach (var route in routes)
        {
            urls.Add(await UrlAsync(route));
        }
        return urls;
    }

    private async Task<string> UrlAsync(RoutePattern route)
    {
        var segments = new List<string>();
        foreach (var segment in route.PathSegments)
        {
            var text = "";
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "org" } => app.Demo.Slug,
                    RoutePatternParameterPart p => await IdAsync(p.Name, route.RawText!),
                    _ => throw new InvalidOperationException($"Unexpected route part in {route.RawText}"),
                };
            }
            segments.Add(text);
        }
        return "/" + string.Join('/', segments);
    }

    private Task<string> IdAsync(string parameter, string route)
    {
        var name = parameter.EndsWith("Id", StringComparison.Ordinal) ? parameter[..^2] : throw new InvalidOperationException($"Cannot fill {{{parameter}}} in {route}.");
        return app.WithDbAsync(async (db, _) =>
        {
            var entity = db.Model.GetEntityTypes()
                .Where(t => typeof(IOrganisationScoped).IsAssignableFrom(t.ClrType) && t.ClrType.Name.EndsWith(name, StringComparison.OrdinalIgnoreCase))
                .OrderBy(t => t.ClrType.Name.Length)
                .First();
            var method = typeof(CachedPageTests).GetMethod(nameof(FirstIdAsync), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(entity.ClrType);
            var id = await (Task<int?>)method.Invoke(null, [db, app.Demo.Id])!;
            return id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"No {entity.ClrType.Name} in the demo for {route}.");
        });
    }

    private static Task<int?> FirstIdAsync<T>(CirculairDbContext db, int organisationId) where T : class =>
        db.Set<T>()
            .Where(e => EF.Property<int>(e, nameof(IOrganisationScoped.OrganisationId)) == organisationId)
            .OrderBy(e => EF.Property<int>(e, "Id"))
            .Select(e => (int?)EF.Property<int>(e, "Id"))
            .FirstOrDefaultAsync();
}
