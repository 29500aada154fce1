using System.Net;
using Circulair.Organisations;
using Circulair.Tokens;
using Circulair.Web.Tests.Features.Api;

namespace Circulair.Web.Tests.Security;

/// <summary>
/// The route sweep for the API: every endpoint under /api/v1 — enumerated from the endpoint data source, so a new
/// endpoint is swept without being listed here — refuses, with problem details and nothing written: a request without
/// a token (401), another organisation's slug (404), another organisation's ids under one's own slug (404), a token
/// made for another organisation of the same person (403), and every write with a read token or by a Lezer (403).
/// </summary>
public sealed class ApiSweepTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private static readonly HttpMethod[] Writes = [HttpMethod.Post, HttpMethod.Put, HttpMethod.Patch, HttpMethod.Delete];

    private static HttpContent Body() => ApiTestKit.Json("{}");

    private async Task<List<string>> SweepAsync(HttpClient client, string slug, int idsFrom, Func<RoutePatternInfo, bool> include, Func<string, HttpStatusCode> expected)
    {
        var failures = new List<string>();
        foreach (var (route, methods) in RouteSweep.ApiRoutes(app))
        {
            var info = new RoutePatternInfo(route.RawText!, route.Parameters.Select(p => p.Name).ToArray());
            if (!include(info))
            {
                continue;
            }
            var url = await RouteSweep.UrlAsync(app, route, slug, idsFrom);
            foreach (var method in methods)
            {
                var response = await client.SendAsync(new HttpMethod(method), url, method is "GET" or "DELETE" ? null : Body(), ifMatch: "*");
                var want = expected(method);
                if (response.StatusCode != want)
                {
                    failures.Add($"{method} {url} answered {(int)response.StatusCode}, not {(int)want}");
                }
                else if ((int)want >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{method} {url} answered {(int)want} without problem details");
                }
            }
        }
        return failures;
    }

    public sealed record RoutePatternInfo(string Route, string[] Parameters)
    {
        public bool HasOrg => Parameters.Contains("org");
        public bool HasIds => Parameters.Any(p => p != "org");
    }

    [Fact]
    public async Task The_sweep_finds_the_api_routes()
    {
        var routes = RouteSweep.ApiRoutes(app);
        Assert.Contains(routes, r => r.Route.RawText!.Contains("stakeholders", StringComparison.Ordinal) && r.Methods.Contains("PUT"));
        Assert.True(routes.Count >= 10, $"only {routes.Count} API routes found");
        // The cookie sweeps leave the API to this one.
        Assert.DoesNotContain(RouteSweep.OrganisationRoutes(app), r => r.RawText!.Contains("api/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_api_route_answers_401_without_a_token()
    {
        using var client = app.ApiClient(null);
        var failures = await SweepAsync(client, app.Demo.Slug, app.Demo.Id, _ => true, _ => HttpStatusCode.Unauthorized);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Every_organisation_api_route_answers_404_to_a_token_of_another_organisation()
    {
        var (own, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = app.ApiClient(await app.IssueTokenAsync(own, outsider));
        var before = await app.AuditCountAsync(app.Demo);
        var failures = await SweepAsync(client, app.Demo.Slug, app.Demo.Id, r => r.HasOrg, _ => HttpStatusCode.NotFound);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Fact]
    public async Task Ids_of_another_organisation_answer_404_under_ones_own_organisation()
    {
        var (own, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = app.ApiClient(await app.IssueTokenAsync(own, outsider));
        var before = await app.AuditCountAsync(app.Demo);
        var failures = await SweepAsync(client, own.Slug, app.Demo.Id, r => r.HasOrg && r.HasIds, _ => HttpStatusCode.NotFound);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Fact]
    public async Task A_token_made_for_another_organisation_of_the_same_person_answers_403()
    {
        var (own, person) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await app.AddMemberAsync(app.Demo, person, OrganisationRole.Beheerder);
        using var client = app.ApiClient(await app.IssueTokenAsync(own, person));
        var before = await app.AuditCountAsync(app.Demo);
        var failures = await SweepAsync(client, app.Demo.Slug, app.Demo.Id, r => r.HasOrg, _ => HttpStatusCode.Forbidden);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }

    [Theory]
    [InlineData(OrganisationRole.Beheerder, TokenScope.Read)]
    [InlineData(OrganisationRole.Lezer, TokenScope.Write)]
    public async Task Every_write_answers_403_to_a_read_token_or_a_Lezer(OrganisationRole role, TokenScope scope)
    {
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, user, role);
        using var client = app.ApiClient(await app.IssueTokenAsync(app.Demo, user, scope));
        var before = await app.AuditCountAsync(app.Demo);
        var writes = RouteSweep.ApiRoutes(app).Where(r => r.Route.Parameters.Any(p => p.Name == "org")).SelectMany(r => r.Methods).Count(m => m != "GET");
        Assert.True(writes > 0);
        var failures = await SweepAsync(client, app.Demo.Slug, app.Demo.Id, r => r.HasOrg, m => m == "GET" ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
        // Every read succeeds: the token reads what the member may read.
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await app.AuditCountAsync(app.Demo));
    }
}
