using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Monitoring;

/// <summary>
/// Phase 3 monitoring as a coordinator walks it: adopt part of the standard set, open an indicator, give it a baseline
/// and a target, enter a measurement and see it in the chart with its data table. Every page passes axe, charts included.
/// </summary>
public sealed class MonitoringJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Adopts_an_indicator_enters_a_measurement_and_sees_the_chart(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);
        var page = await session.OpenAsync(org.Url("/monitoring"));

        // 1. Adopt one indicator of the standard set.
        await session.ClickAsync(page.Locator("main .cx-actions a[href$='/monitoring/standard-set']"));
        foreach (var box in await page.Locator("#adopt-form input[name=Codes]").AllAsync())
        {
            if (await box.GetAttributeAsync("value") != "PARTNERSCHAPPEN")
            {
                await box.UncheckAsync();
            }
        }
        await session.ClickAsync(page.Locator("#adopt-form button[type=submit]"));
        Assert.Equal(org.Url("/monitoring"), session.Path);

        // 2. Give it a baseline and a target.
        await session.ClickAsync(page.Locator("#level-Outcome tbody a").First);
        await session.ClickAsync(page.Locator("main .cx-actions a[href$='/edit']"));
        await page.Locator("#Input_BaselineValue").FillAsync("3");
        await page.Locator("#Input_BaselineYear").FillAsync("2022");
        await page.Locator("#Input_Targets_0__Year").FillAsync("2028");
        await page.Locator("#Input_Targets_0__Value").FillAsync("15");
        await session.ClickAsync(page.Locator("#indicator-form .cx-actions button[type=submit]"));
        await Expect(page.Locator("#no-measurements")).ToBeVisibleAsync();

        // 3. A measurement: it shows in the chart and its table, and the status follows the rule.
        await session.ClickAsync(page.Locator("#add-measurement"));
        await page.Locator("#Input_Year").FillAsync("2025");
        await page.Locator("#Input_Value").FillAsync("10");
        await session.ClickAsync(page.Locator("#measurement-form button[type=submit]"));
        await Expect(page.Locator("figure.cx-chart svg[role=img]")).ToBeVisibleAsync();
        await Expect(page.Locator("figure.cx-chart table tbody tr", new() { HasText = "2025" })).ToContainTextAsync("10");
        await Expect(page.Locator("#indicator-status .cx-tag")).ToHaveTextAsync("Op koers");
    }
}
