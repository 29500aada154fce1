using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Help;

/// <summary>
/// The help as a reader walks it (every page checked by axe on arrival): search the help, open a tool's page, open the
/// handbook; and a tool page's help panel, collapsed at first, opening on a click with or without JavaScript.
/// </summary>
public sealed class HelpJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Searches_the_help_opens_a_tool_page_and_the_handbook(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);

        var page = await session.OpenAsync("/help");
        await page.GetByLabel("Zoek in de hulp").FillAsync("stakeholders macht belang");
        await session.ClickAsync(page.Locator("#help-search button"));
        await Expect(page.Locator("#help-results li").First).ToContainTextAsync("Tool 1");
        await session.ClickAsync(page.Locator("#help-results a[href='/help/tool-2']"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tool 2 — Stakeholdermanagement");
        await session.ClickAsync(page.Locator(".cx-breadcrumbs a[href='/help/phase-1']"));
        await Expect(page.Locator("#help-tools")).ToContainTextAsync("Tool 5");

        await session.OpenAsync("/help/handbook");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Handboek circulaire strategie");
        await Expect(page.Locator(".cx-handbook__tool h3#tool-16")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_help_panel_on_a_tool_page_opens_without_javascript_and_links_to_the_trajectory(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.LogInAsync(user);

        var page = await session.OpenAsync(org.Url("/stakeholders"));
        var body = page.Locator("#help-panel .cx-help-text");
        await Expect(body).Not.ToBeVisibleAsync();
        await page.Locator("#help-panel summary").ClickAsync();
        await Expect(body).ToBeVisibleAsync();
        await session.CheckPageAsync();
        await Expect(body).ToContainTextAsync("macht en belang");
        await session.ClickAsync(page.Locator("#trajectory-place a"));
        Assert.Equal(org.Url(), session.Path);
    }
}
