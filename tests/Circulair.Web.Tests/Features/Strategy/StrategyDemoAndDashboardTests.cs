using System.Net;
using Circulair.Organisations;
using Circulair.Prioritisation;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>Phase 2 on "Waar staan we?", the strategy start page, and the demo organisation's example strategy.</summary>
public sealed class StrategyDemoAndDashboardTests(SharedApp app)
{
    [Fact]
    public async Task The_dashboard_shows_the_phase_2_tools_empty_then_with_content()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(s.User);
        var before = await client.OpenAsync(s.Organisation.Url());

        var goal = await app.GoalAsync(await app.DomainAsync(s));
        var action = await app.ActionAsync(s, await app.LineAsync(goal), "A01");
        await app.RateAsync(action, RaterKey.Member(s.User.Id), 4, 2);
        var after = await client.OpenAsync(s.Organisation.Url());

        static string Tool(Page page, string name) =>
            page.Document.QuerySelectorAll(".cx-tool").Single(t => t.TextContent.Contains(name, StringComparison.Ordinal)).ClassName!;
        foreach (var tool in new[] { "Actiedomeinen valideren", "SMART-doelen", "Tool 6", "Tool 8" })
        {
            Assert.Contains("cx-tool--todo", Tool(before, tool), StringComparison.Ordinal);
            Assert.Contains("cx-tool--done", Tool(after, tool), StringComparison.Ordinal);
        }
        Assert.Contains("cx-tool--todo", Tool(after, "Tool 7"), StringComparison.Ordinal);
        Assert.Contains("1 behouden, 0 laten vallen.", after.MainText, StringComparison.Ordinal);
        Assert.Contains("1 van 1 actie(s) gescoord.", after.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_strategy_start_page_lists_each_trajectory_with_the_size_of_its_strategy()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        var goal = await app.GoalAsync(await app.DomainAsync(s));
        await app.ActionAsync(s, await app.LineAsync(goal), "A01");
        using var client = await app.LoggedInClientAsync(s.User);

        var page = await client.OpenAsync(s.Organisation.Url("/strategy"));

        Assert.Equal(s.Url("/strategy"), page.Document.QuerySelector("#strategies h2 a")!.GetAttribute("href"));
        Assert.Contains("1 behouden actiedomein · 1 doel · 1 actie · 0 ideeën", page.Text("#strategies"), StringComparison.Ordinal);
        Assert.Equal("page", page.Document.QuerySelector(".cx-orgnav a[href$='/strategy']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task The_demo_has_a_full_example_strategy_and_every_phase_2_page_of_it_opens()
    {
        await using var demoApp = new CirculairFactory();
        await demoApp.InitializeAsync();
        var password = await demoApp.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));

        var (domains, goals, lines, actions, ideas) = await demoApp.WithDbAsync(async (db, _) => (
            await db.StrategyDomains.ToListAsync(),
            await db.StrategyGoals.ToListAsync(),
            await db.ActionLines.ToListAsync(),
            await db.PlannedActions.Include(a => a.Milestones).Include(a => a.Budget).Include(a => a.Partners).Include(a => a.Ratings).AsSplitQuery().ToListAsync(),
            await db.StrategyIdeas.ToListAsync()));
        Assert.Equal(2, domains.Count(d => d.IsRetained));
        Assert.Single(domains, d => d.IsDropped);
        Assert.True(goals.Count >= 3);
        var smart = await demoApp.WithDbAsync((db, sp) => Circulair.Web.Features.Strategy.Goals.SmartContexts.LoadAsync(db, goals[0].OrganisationId, sp.GetRequiredService<TimeProvider>(), CancellationToken.None));
        Assert.Contains(goals, g => SmartChecklist.MetCount(g.Details, smart) == 5);
        Assert.True(lines.Count >= 3);
        Assert.Equal(Enum.GetValues<Quadrant>(), actions.Where(a => a.Quadrant is not null).Select(a => a.Quadrant!.Value).Distinct().Order());
        Assert.True(actions.Count(a => a.Sheet.IsStarted) >= 2);
        Assert.Contains(actions, a => a.Partners.Count > 0 && a.Budget.Count > 0 && a.Milestones.Count > 0);
        Assert.Contains(actions, a => a.Ratings.Any(r => r.Kind == RaterKind.Workshop));
        Assert.True(ideas.Count >= 4);
        Assert.Contains(ideas, i => i.PromotedActionId is not null);
        Assert.Contains(ideas, i => i.BuildsOnIdeaId is not null);

        using var client = await demoApp.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));
        var t = domains[0].TrajectoryId;
        var action = actions.First(a => a.Sheet.IsStarted);
        var b = $"/o/demostad/trajectories/{t}";
        var paths = new[]
        {
            "/o/demostad/strategy", $"{b}/strategy", $"{b}/domains", $"{b}/domains/{domains[0].Id}", $"{b}/domains/validate?domain={domains[0].DomainCode}",
            $"{b}/goals/{goals[0].Id}", $"{b}/goals/{goals[0].Id}/edit", $"{b}/goals/new?domain={domains[0].Id}", $"{b}/goals/{goals[0].Id}/lines/new", $"{b}/lines/{lines[0].Id}/edit",
            $"{b}/actions/new", $"{b}/actions/{action.Id}", $"{b}/actions/{action.Id}/edit", $"{b}/actions/{action.Id}/move", $"{b}/actions/{action.Id}/sheet",
            $"{b}/actions/{action.Id}/sheet/print", $"{b}/actions/{action.Id}/rate", $"{b}/ideas", $"{b}/ideas/{ideas[0].Id}/edit", $"{b}/matrix", $"{b}/table",
            $"{b}/table/export.xlsx", $"{b}/table/export.csv", $"{b}/table/import", $"{b}/thread",
        };
        foreach (var path in paths)
        {
            var page = await client.GetAsync(path);
            Assert.True(page.Status == HttpStatusCode.OK, $"GET {path} answered {(int)page.Status}");
        }
        var matrix = await client.OpenAsync($"{b}/matrix");
        Assert.Equal(actions.Count(a => a.RatingCount > 0), matrix.Document.QuerySelectorAll("svg g.cx-scatter__point").Length);
        Assert.NotNull(matrix.Document.QuerySelector("#mix-warnings li[data-warning=ActionsToAvoid]"));
    }
}
