using System.Net;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Vision;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.HealthCheck;

/// <summary>The health check on "Waar staan we?" (Fase 3) and the demo organisation's two rounds a year apart.</summary>
public sealed class HealthCheckDashboardAndDemoTests(SharedApp app)
{
    [Fact]
    public async Task The_dashboard_names_the_latest_round_in_phase_3()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(user);
        var before = await client.OpenAsync(org.Url());
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.OpenHealthRoundAsync(org, "Check vorig jaar", now.AddYears(-1));
        var latest = await app.OpenHealthRoundAsync(org, "Check dit jaar", now);
        await app.RateHealthAsync(latest, RaterKey.Member(1), 3, 3, 3, 3, 3, 3, 3, 3, 3);
        await app.RateHealthAsync(latest, RaterKey.Member(2), 4, 3, 3, 3, 3, 3, 3, 3, 3);

        var after = await client.OpenAsync(org.Url());

        static AngleSharp.Dom.IElement Tool(Page page) =>
            page.Document.QuerySelectorAll(".cx-tool").Single(t => t.TextContent.Contains("Gezondheidscheck van de transitie", StringComparison.Ordinal));
        Assert.Contains("cx-tool--todo", Tool(before).ClassName, StringComparison.Ordinal);
        Assert.Contains("Nog geen ronde", Tool(before).TextContent, StringComparison.Ordinal);
        Assert.Contains("cx-tool--done", Tool(after).ClassName, StringComparison.Ordinal);
        Assert.Contains("Laatste ronde: Check dit jaar (2 maart 2026, 2 beoordelaars); 2 rondes in totaal.", Tool(after).TextContent, StringComparison.Ordinal);
        Assert.Equal(org.Url("/health-check"), Tool(after).QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_demo_has_two_rated_rounds_a_year_apart_with_members_and_outsiders()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));

        var rounds = await demoApp.WithDbAsync(async (db, _) =>
            await db.HealthCheckRounds.Include(r => r.Ratings).ThenInclude(r => r.Scores).OrderBy(r => r.OpenedAt).ToListAsync());
        Assert.Equal(2, rounds.Count);
        Assert.True(rounds[1].OpenedAt - rounds[0].OpenedAt >= TimeSpan.FromDays(360));
        Assert.All(rounds, r => Assert.True(r.Results().Raters >= 3));
        Assert.All(rounds, r => Assert.Contains(r.Ratings, x => x.Kind == RaterKind.Extern));
        Assert.All(rounds, r => Assert.Contains(r.Ratings, x => x.Kind == RaterKind.Lid));
        Assert.NotEmpty(rounds[0].Results().Disputed);
        Assert.True(rounds[1].Results()[HealthCheckBlock.Coordinatie].Mean > rounds[0].Results()[HealthCheckBlock.Coordinatie].Mean);

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        foreach (var path in new[] { "/o/demostad/health-check", $"/o/demostad/health-check/{rounds[0].Id}", $"/o/demostad/health-check/{rounds[1].Id}/raters", "/o/demostad/health-check/compare" })
        {
            var page = await client.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"GET {path} answered {(int)page.Status}");
        }
        var compare = await client.OpenAsync("/o/demostad/health-check/compare");
        Assert.Equal(9, compare.Document.QuerySelectorAll("#differences tbody tr [data-difference]").Count(td => td.TextContent.Length > 0));
        var dashboard = await client.OpenAsync("/o/demostad");
        Assert.Contains($"Laatste ronde: {rounds[1].Title}", dashboard.MainText, StringComparison.Ordinal);
    }
}
