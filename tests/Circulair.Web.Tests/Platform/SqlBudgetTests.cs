using System.Net;
using Circulair.Initiatives;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Tests.Security;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// The SQL budget of a page (issue 20, decision 0340): rendered (the organisation's data version raised first, so the
/// page cache misses), no page of an organisation runs more than <see cref="Budget"/> SQL commands, authentication and
/// membership included; and a page runs as many commands with 50 rows in its lists as with 5 (no query per row). Counts,
/// not times: they are the same on every run. Every GET route below /o/{org} is swept, found in the endpoint data source
/// like the tenant sweep (<see cref="RouteSweep"/>), so a new page is held to the budget without being listed here.
/// </summary>
public sealed class SqlBudgetTests(SqlBudgetApp app) : IClassFixture<SqlBudgetApp>
{
    public const int Budget = 10;

    /// <summary>
    /// Pages above the budget that are still to be brought within it (issue 20), with the commands each runs now on the demo
    /// organisation: the sweep fails when one of them runs more, or when one is within budget (then it leaves the list).
    /// </summary>
    private static readonly Dictionary<string, int> OverBudget = new(StringComparer.Ordinal)
    {
    };

    [Fact]
    public async Task No_page_of_an_organisation_runs_more_than_ten_sql_commands_when_rendered()
    {
        using var client = await app.LoggedInClientAsync(app.Member);
        var counts = new List<(string Url, int Commands, IReadOnlyList<string> Sql)>();
        var listed = new List<string>();
        foreach (var route in RouteSweep.OrganisationRoutes(app))
        {
            var url = await RouteSweep.UrlAsync(app, route, app.Demo.Slug, app.Demo.Id);
            if (await RenderedAsync(client.Http, app.Demo.Id, url) is not { } sql)
            {
                continue;
            }
            if (OverBudget.TryGetValue(route.RawText!.TrimStart('/'), out var ceiling))
            {
                if (sql.Count > ceiling || sql.Count <= Budget)
                {
                    listed.Add($"{route.RawText} is listed as running {ceiling} commands but ran {sql.Count}: {(sql.Count <= Budget ? "take it off the list" : "it got worse")}");
                }
                continue;
            }
            counts.Add((url, sql.Count, sql));
        }

        var output = TestContext.Current.TestOutputHelper;
        foreach (var (url, commands, _) in counts.OrderByDescending(c => c.Commands))
        {
            output?.WriteLine($"{commands,3}  {url}");
        }
        // The sweep must reach the pages, not only redirects: the demo organisation has content in every feature.
        Assert.True(counts.Count >= 60, $"only {counts.Count} pages answered 200 with HTML");
        Assert.True(listed.Count == 0, string.Join(Environment.NewLine, listed));
        var over = counts.Where(c => c.Commands > Budget).OrderByDescending(c => c.Commands).ToList();
        Assert.True(over.Count == 0, $"{over.Count} page(s) run more than {Budget} SQL commands rendered:" + Environment.NewLine
            + string.Join(Environment.NewLine, over.Select(o => $"{o.Commands} {o.Url}{Environment.NewLine}    " + string.Join(Environment.NewLine + "    ", o.Sql.Select(FirstLine)))));
    }

    [Fact]
    public async Task A_page_runs_as_many_sql_commands_with_fifty_rows_as_with_five()
    {
        var small = await OrganisationWithRowsAsync(5);
        var large = await OrganisationWithRowsAsync(50);
        var compared = new List<string>();
        var grew = new List<string>();
        foreach (var route in RouteSweep.OrganisationRoutes(app))
        {
            var smallUrl = await UrlOrNullAsync(route, small.Org);
            var largeUrl = await UrlOrNullAsync(route, large.Org);
            if (smallUrl is null || largeUrl is null)
            {
                continue;
            }
            var few = await RenderedAsync(small.Client.Http, small.Org.Id, smallUrl);
            var many = await RenderedAsync(large.Client.Http, large.Org.Id, largeUrl);
            if (few is null || many is null)
            {
                continue;
            }
            compared.Add($"{few.Count,3} {many.Count,3}  {route.RawText}");
            if (many.Count != few.Count)
            {
                grew.Add($"{route.RawText}: {few.Count} commands with 5 rows, {many.Count} with 50");
            }
        }
        foreach (var line in compared)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }
        // The lists that grow: stakeholders and their ratings, initiatives, a strategy's actions with partners, budget and ratings.
        foreach (var page in new[] { "/stakeholders", "/stakeholders/grid", "/initiatives", "/initiatives/matrix", "/table", "/matrix" })
        {
            Assert.Contains(compared, c => c.EndsWith(page, StringComparison.Ordinal));
        }
        Assert.True(grew.Count == 0, string.Join(Environment.NewLine, grew));
    }

    /// <summary>
    /// The SQL commands of one rendered GET, or null when it is not a page (a redirect, a file, a 404 or 403). A server
    /// error fails: a page that breaks must not pass the budget by running nothing.
    /// </summary>
    private async Task<IReadOnlyList<string>?> RenderedAsync(HttpClient client, int organisationId, string url)
    {
        await app.RaiseVersionAsync(organisationId);
        var (response, sql) = await app.Counter.GetAsync(client, url);
        using (response)
        {
            Assert.Null(response.Headers.Age);
            Assert.True((int)response.StatusCode < 500, $"{url} answered {(int)response.StatusCode}");
            return response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html" ? sql : null;
        }
    }

    private async Task<string?> UrlOrNullAsync(RoutePattern route, TestOrganisation organisation)
    {
        try
        {
            return await RouteSweep.UrlAsync(app, route, organisation.Slug, organisation.Id);
        }
        catch (InvalidOperationException)
        {
            return null; // the organisation has nothing of that kind; the sweep above covers the page
        }
    }

    /// <summary>An organisation with <paramref name="rows"/> stakeholders (rated), initiatives and actions of a strategy, and a Beheerder's client.</summary>
    private async Task<(TestOrganisation Org, AppClient Client)> OrganisationWithRowsAsync(int rows)
    {
        var (organisation, client) = await app.SignedInAsync(OrganisationRole.Beheerder);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            var today = DateOnly.FromDateTime(now);
            for (var i = 0; i < rows; i++)
            {
                var stakeholder = new Stakeholder(organisation.Id, new StakeholderDetails { Name = $"Betrokkene {i}", Group = StakeholderGroup.Bedrijven, Tags = "bouw" }.Normalised(), now);
                stakeholder.Assess(today.AddDays(-200), StakeholderLevel.Laag, StakeholderLevel.Hoog, null, today, now);
                stakeholder.Assess(today.AddDays(-20), StakeholderLevel.Hoog, StakeholderLevel.Hoog, null, today, now);
                db.Stakeholders.Add(stakeholder);
            }
            await db.SaveChangesAsync();
            var partners = db.Stakeholders.Local.Select(s => s.Id).ToList();
            for (var i = 0; i < rows; i++)
            {
                db.Initiatives.Add(new Initiative(organisation.Id, new InitiativeDetails
                {
                    Name = $"Initiatief {i}", Domain = i % 2 == 0 ? "bio-economie" : "gebouwde-omgeving", TargetGroups = InitiativeTargetGroups.Burgers,
                    LeadStakeholderId = partners[i], PartnerIds = [partners[(i + 1) % rows]],
                }, now));
            }
            await db.SaveChangesAsync();
        });
        await StrategyBenchmark.SeedAsync(app.Services, organisation.Id, rows);
        return (organisation, client);
    }

    private static string FirstLine(string sql) => sql.ReplaceLineEndings(" ") is var s && s.Length > 160 ? s[..160] + "…" : s;
}
