using System.Net;
using Circulair.FollowUp;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.FollowUp;

/// <summary>The demo organisation's phase 3: an adopted strategy with updates and a late action, and every follow-up page of it opens.</summary>
public sealed class FollowUpDemoTests
{
    [Fact]
    public async Task The_demo_has_an_adopted_strategy_with_updates_and_a_late_action_and_every_follow_up_page_opens()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));
        var (version, decisions, updates, actions) = await demoApp.WithDbAsync(async (db, _) => (
            await db.AdoptedVersions.SingleAsync(),
            await db.PoliticalDecisions.ToListAsync(),
            await db.ProgressUpdates.ToListAsync(),
            await db.PlannedActions.ToListAsync()));
        Assert.True(decisions.Count >= 3);
        Assert.True(updates.Count >= 5);
        Assert.Equal(actions.Count, version.Snapshot().ActionCount);

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        var b = $"/o/demostad/trajectories/{version.TrajectoryId}";
        var a1 = actions.Single(a => a.Number == "A01");
        foreach (var path in new[] { "/o/demostad/followup", "/o/demostad/followup/settings", $"{b}/followup", $"{b}/decisions", $"{b}/decisions/new", $"{b}/adopted/{version.Id}", $"{b}/actions/{a1.Id}/updates", $"{b}/actions/{a1.Id}", $"{b}/strategy" })
        {
            var page = await client.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"GET {path} answered {(int)page.Status}");
        }
        var portfolio = await client.OpenAsync($"{b}/followup");
        Assert.Equal("Te laat", portfolio.Text($"#portfolio-{a1.Id} .cx-flag-late"));
        Assert.Contains("gewogen naar budget", portfolio.Text("#rollup-strategy"), StringComparison.Ordinal);
        var tree = await client.OpenAsync($"{b}/strategy");
        Assert.Equal("gewijzigd sinds goedkeuring", tree.Text($"#action-{a1.Id} .cx-tree__change"));
        Assert.Equal(ActionStatus.Lopend, a1.Status);
    }
}
