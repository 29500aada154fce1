using Circulair.Browser.Tests.Features.Dashboard;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Web.Features.Regions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Regions;

/// <summary>
/// The demo's region (issue 19 item 7) as the demo account meets it, with and without JavaScript: it switches from
/// Demostad to "Intercommunale Demoland" at /organisations, opens the members, the sharing, the definitions, the templates and the
/// benchmark (three municipalities ranked on residual waste), and the same pages from Demostad's side. The session
/// runs axe on every page it arrives at.
/// </summary>
public sealed class RegionJourneyTests(DemoBrowserApp app) : IClassFixture<DemoBrowserApp>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_demo_region_ranks_its_three_members_and_every_region_page_is_accessible(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(app.Coordinator);

        var switcher = await session.OpenAsync("/organisations");
        await session.ClickAsync(switcher.GetByRole(AriaRole.Button, new() { Name = RegionDemo.RegionName + " openen" }));
        Assert.Equal($"/o/{RegionDemo.RegionSlug}", session.Path);

        var region = $"/o/{RegionDemo.RegionSlug}";
        var members = await session.OpenAsync(region + "/region");
        await Expect(members.Locator("#region-members tbody tr")).ToHaveCountAsync(3);
        var benchmark = await session.OpenAsync(region + "/region/benchmark");
        await Expect(benchmark.Locator("#benchmark-detail")).ToHaveAttributeAsync("data-key", "RESTAFVAL");
        await Expect(benchmark.Locator("#benchmark-rows tbody tr")).ToHaveCountAsync(3);
        await Expect(benchmark.Locator("figure.cx-chart svg")).ToBeVisibleAsync();
        foreach (var path in new[] { region + "/region/sharing", region + "/region/definitions", region + "/region/templates", region + "/region/benchmark?indicator=CO2-TOTAAL" })
        {
            var page = await session.OpenAsync(path);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }
        foreach (var path in new[] { "/region", "/region/sharing", "/region/definitions", "/region/templates", "/region/benchmark" })
        {
            var page = await session.OpenAsync(app.Demo.Url(path));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        }
        var own = await session.OpenAsync(app.Demo.Url("/region/benchmark"));
        await Expect(own.Locator("#benchmark-rows tr[aria-current='true']")).ToHaveCountAsync(1);
    }
}
