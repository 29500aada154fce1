using System.Net;
using Circulair.Organisations;
using Circulair.Vision;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Vision;

/// <summary>Tools 3 and 4 on "Waar staan we?", the vision start page, and the demo organisation's vision.</summary>
public sealed class VisionDashboardAndDemoTests(SharedApp app)
{
    [Fact]
    public async Task The_dashboard_shows_tools_3_and_4_empty_then_with_content()
    {
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(s.User);

        var before = await client.OpenAsync(s.Organisation.Url());
        var (first, _) = await app.TwoVersionsAsync(s);
        var round = await app.OpenRoundAsync(s, first);
        await app.RateAsync(round, RaterKey.Member(s.User.Id), new AmoreScores(3, 3, 3, 3, 3));
        var after = await client.OpenAsync(s.Organisation.Url());

        static string Tool(Page page, string name) =>
            page.Document.QuerySelectorAll(".cx-tool").Single(t => t.TextContent.Contains(name, StringComparison.Ordinal)).ClassName!;
        Assert.Contains("cx-tool--todo", Tool(before, "Tool 3"), StringComparison.Ordinal);
        Assert.Contains("cx-tool--todo", Tool(before, "Tool 4"), StringComparison.Ordinal);
        Assert.Contains("cx-tool--done", Tool(after, "Tool 3"), StringComparison.Ordinal);
        Assert.Contains("cx-tool--done", Tool(after, "Tool 4"), StringComparison.Ordinal);
        Assert.Contains("2 versie(s) bewaard.", after.MainText, StringComparison.Ordinal);
        Assert.Contains("1 ronde(s), 1 score(s) gegeven.", after.MainText, StringComparison.Ordinal);
        // Each tool opens its own page in the trajectory (issue 21): the canvas and the AMORE check.
        Assert.Equal(s.Url(), after.Document.QuerySelectorAll(".cx-tool a").First(a => a.TextContent.Contains("Tool 3", StringComparison.Ordinal)).GetAttribute("href"));
        Assert.Equal(s.Url("/amore"), after.Document.QuerySelectorAll(".cx-tool a").First(a => a.TextContent.Contains("Tool 4", StringComparison.Ordinal)).GetAttribute("href"));
    }

    [Fact]
    public async Task The_vision_start_page_lists_each_trajectory_or_points_to_creating_one()
    {
        var (empty, emptyUser) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Lezer);
        var s = await VisionArrange.NewAsync(app, OrganisationRole.Lezer);
        await app.TwoVersionsAsync(s);
        using var emptyClient = await app.LoggedInClientAsync(emptyUser);
        using var client = await app.LoggedInClientAsync(s.User);

        var none = await emptyClient.OpenAsync(empty.Url("/vision"));
        var list = await client.OpenAsync(s.Organisation.Url("/vision"));

        Assert.Contains("Er is nog geen strategietraject", none.MainText, StringComparison.Ordinal);
        Assert.Contains("zorgzame circulaire havenstad", list.Text("#vision-trajectories"), StringComparison.Ordinal);
        Assert.Contains("2 versies · ", list.Text("#vision-trajectories"), StringComparison.Ordinal);
        Assert.Equal(s.Url(), list.Document.QuerySelector("#vision-trajectories h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_demo_has_a_canvas_with_two_versions_and_rated_rounds_where_a_weak_criterion_improves()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));

        var (versions, rounds) = await demoApp.WithDbAsync(async (db, _) => (
            await db.VisionVersions.OrderBy(v => v.Number).ToListAsync(),
            await db.AmoreRounds.Include(r => r.Ratings).Include(r => r.VisionVersion).OrderBy(r => r.VisionVersion.Number).ToListAsync()));
        Assert.Equal([1, 2], versions.Select(v => v.Number));
        Assert.True(VisionComparison.Between(versions[0].Snapshot(), versions[1].Snapshot()).HasChanges);
        Assert.Equal(2, rounds.Count);
        var weak = rounds[0].Results().Criteria.Where(c => c.IsFlagged).ToList();
        var criterion = Assert.Single(weak).Criterion;
        Assert.True(rounds[0].Results().Raters >= 3);
        Assert.NotEmpty(rounds[0].Results().Comments);
        Assert.False(rounds[1].Results()[criterion].IsFlagged);
        Assert.True(rounds[1].Results()[criterion].Mean > rounds[0].Results()[criterion].Mean);
        Assert.Contains(rounds[0].Ratings, r => r.Kind == RaterKind.Extern);
        Assert.Contains(rounds[0].Ratings, r => r.Kind == RaterKind.Lid);

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        var trajectory = versions[0].TrajectoryId;
        var paths = new[]
        {
            "/o/demostad", "/o/demostad/vision", $"/o/demostad/trajectories/{trajectory}/vision",
            $"/o/demostad/trajectories/{trajectory}/vision/versions", $"/o/demostad/trajectories/{trajectory}/vision/versions/{versions[0].Id}",
            $"/o/demostad/trajectories/{trajectory}/vision/compare", $"/o/demostad/trajectories/{trajectory}/vision/amore",
            $"/o/demostad/trajectories/{trajectory}/vision/amore/{rounds[0].Id}", $"/o/demostad/trajectories/{trajectory}/vision/amore/{rounds[1].Id}/raters",
        };
        foreach (var path in paths)
        {
            var page = await client.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"GET {path} answered {(int)page.Status}");
        }
        var amore = await client.OpenAsync($"/o/demostad/trajectories/{trajectory}/vision/amore");
        Assert.Contains("onder 3", amore.Text("#amore-evolution"), StringComparison.Ordinal);
    }
}
