using System.Net;
using System.Reflection;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Demo;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Security;

/// <summary>A fresh app with the demo organisation as "someone else's" data.</summary>
public sealed class IsolationApp : CirculairFactory
{
    public TestOrganisation Demo { get; private set; } = null!;
    public TestOrganisation Own { get; private set; } = null!;
    public TestUser Outsider { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));
        Demo = await WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.IsDemo).Select(o => new TestOrganisation(o.Id, o.Slug, o.Name)).SingleAsync());
        (Own, Outsider) = await this.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
    }
}

/// <summary>
/// The route sweep: every route below /o/{org} — enumerated from the app's endpoint data source, not from a
/// hand-kept list — answers 404 to a member (even a Beheerder) of another organisation, for GET and POST.
/// A second pass uses the outsider's own organisation with the other organisation's ids, proving that the
/// queries scope by organisation too. Route parameters {xId} are filled with ids of the demo organisation's
/// entities whose class name ends with x, so the demo content must hold one of each.
/// </summary>
public sealed class TenantIsolationTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    [Fact]
    public async Task Every_organisation_route_answers_404_to_a_member_of_another_organisation()
    {
        var routes = OrganisationRoutes();
        Assert.NotEmpty(routes);
        using var outsider = await app.LoggedInClientAsync(app.Outsider);
        var token = (await outsider.OpenAsync(app.Own.Url())).AntiforgeryToken;
        var before = await AuditCountAsync(app.Demo.Id);
        var failures = new List<string>();
        int gets = 0, posts = 0, named = 0;

        foreach (var route in routes)
        {
            var url = await UrlAsync(route, app.Demo.Slug, app.Demo.Id);
            var get = await outsider.GetAsync(url);
            if (get.Status != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {url} answered {(int)get.Status}");
            }
            gets++;
            foreach (var target in RouteSweep.PostTargets(app, route, url))
            {
                var post = await outsider.PostAsync(target, [new("__RequestVerificationToken", token)]);
                posts++;
                named += target.Contains("?handler=", StringComparison.Ordinal) ? 1 : 0;
                if (post.Status != HttpStatusCode.NotFound)
                {
                    failures.Add($"POST {target} answered {(int)post.Status}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Tenant sweep (another organisation's slug): {gets} GET, {posts} POST ({named} to named handlers), {failures.Count} not 404.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await AuditCountAsync(app.Demo.Id));
    }

    [Fact]
    public async Task Ids_of_another_organisation_answer_404_under_ones_own_organisation()
    {
        var routes = OrganisationRoutes().Where(r => r.Parameters.Any(p => p.Name != "org")).ToList();
        using var outsider = await app.LoggedInClientAsync(app.Outsider);
        var token = (await outsider.OpenAsync(app.Own.Url())).AntiforgeryToken;
        var before = await AuditCountAsync(app.Demo.Id);
        var failures = new List<string>();
        int gets = 0, posts = 0, named = 0;

        foreach (var route in routes)
        {
            // The outsider's own slug, the demo organisation's ids.
            var url = await UrlAsync(route, app.Own.Slug, app.Demo.Id);
            var get = await outsider.GetAsync(url);
            if (get.Status != HttpStatusCode.NotFound)
            {
                failures.Add($"GET {url} answered {(int)get.Status}");
            }
            gets++;
            foreach (var target in RouteSweep.PostTargets(app, route, url))
            {
                var post = await outsider.PostAsync(target, [new("__RequestVerificationToken", token)]);
                posts++;
                named += target.Contains("?handler=", StringComparison.Ordinal) ? 1 : 0;
                if (post.Status is not (HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity or HttpStatusCode.MethodNotAllowed or HttpStatusCode.BadRequest))
                {
                    failures.Add($"POST {target} answered {(int)post.Status}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Tenant sweep (own slug, another organisation's ids): {gets} GET, {posts} POST ({named} to named handlers), {failures.Count} leaked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await AuditCountAsync(app.Demo.Id));
    }

    [Fact]
    public async Task The_sweep_covers_the_organisation_pages_that_exist()
    {
        var patterns = OrganisationRoutes().Select(r => r.RawText).ToList();

        Assert.Contains(patterns, p => p == "o/{org}" || p == "/o/{org}");
        Assert.Contains(patterns, p => p!.EndsWith("{org}/settings", StringComparison.Ordinal));
        // Named handlers are found on the page models: the settings page's two-factor requirement is one.
        var settings = OrganisationRoutes().Single(r => r.RawText!.EndsWith("{org}/settings", StringComparison.Ordinal));
        Assert.Contains("TwoFactor", RouteSweep.NamedPostHandlers(app, settings));
        await Task.CompletedTask;
    }

    private Task<int> AuditCountAsync(int organisationId) =>
        app.WithDbAsync(async (db, _) => await db.AuditEntries.CountAsync(e => e.OrganisationId == organisationId));

    private List<RoutePattern> OrganisationRoutes() => RouteSweep.OrganisationRoutes(app);

    private Task<string> UrlAsync(RoutePattern route, string slug, int idsFromOrganisation) => RouteSweep.UrlAsync(app, route, slug, idsFromOrganisation);
}
