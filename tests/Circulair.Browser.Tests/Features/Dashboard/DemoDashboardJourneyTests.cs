using Circulair.Browser.Tests.Infrastructure;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Dashboard;

/// <summary>
/// An app of its own holding the demo organisation ("Demostad (voorbeeld)") as <c>--demo</c> loads it, with its
/// demo account. The shared app cannot hold it: the demo's slug and account are fixed, so it can be loaded once
/// per database.
/// </summary>
public sealed class DemoBrowserApp : BrowserApp
{
    public TestUser Coordinator { get; private set; } = null!;

    public TestOrganisation Demo { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var password = await WithDbAsync(async (_, sp) =>
        {
            var password = await DemoSeeder.SeedAsync(sp, CancellationToken.None);
            sp.GetRequiredService<Circulair.Web.Features.Setup.SetupState>().MarkDone();
            return password;
        });
        (Demo, Coordinator) = await WithDbAsync(async (db, _) =>
        {
            var org = await db.Organisations.Where(o => o.IsDemo).Select(o => new TestOrganisation(o.Id, o.Slug, o.Name)).SingleAsync();
            var user = await db.Users.Where(u => u.Email == DemoSeeder.DemoEmail).Select(u => new TestUser(u.Id, u.Email!, password, u.DisplayName)).SingleAsync();
            return (org, user);
        });
    }
}

/// <summary>"Waar staan we?" of the demo organisation: every tool's card leads to a working, accessible page.</summary>
public sealed class DemoDashboardJourneyTests(DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Every_tool_on_the_demo_dashboard_has_content_and_opens_a_clean_page(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(app.Coordinator);

        var page = await session.OpenAsync(app.Demo.Url());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waar staan we?");
        var cards = page.Locator(".cx-tool");
        var count = await cards.CountAsync();
        Assert.True(count >= 5, $"the dashboard shows only {count} tools");
        await Expect(page.Locator("#dashboard-summary")).ToHaveTextAsync($"{count} van {count} instrumenten hebben al inhoud.");
        await Expect(cards.Locator(".cx-tool__state")).ToHaveTextAsync(Enumerable.Repeat("ingevuld", count).ToArray());

        // Each card by its link, as a person clicks it, and back to the dashboard for the next one.
        var tools = await cards.Locator("a.cx-tool__name").AllAsync();
        var visits = new List<(string Name, string Href)>();
        foreach (var tool in tools)
        {
            visits.Add((await tool.InnerTextAsync(), (await tool.GetAttributeAsync("href"))!));
        }
        // Tools 3 and 4 share a page (the vision of each trajectory, with its AMORE rounds).
        foreach (var (name, href) in visits)
        {
            await session.ClickAsync(page.Locator(".cx-tool-list").GetByRole(AriaRole.Link, new() { Name = name, Exact = true }));
            Assert.True(session.Status == 200, $"'{name}' ({href}) answered {session.Status}");
            Assert.Equal(href, session.Path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            await session.OpenAsync(app.Demo.Url());
        }
    }
}
