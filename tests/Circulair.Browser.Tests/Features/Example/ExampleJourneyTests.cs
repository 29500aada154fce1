using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Example;

/// <summary>
/// A first-time coordinator on an empty scan follows "Bekijk een voorbeeld" and lands in their own example organisation
/// at the scan, filled in and marked as a demo (issue 21 item 6); every page passes axe (checked by the session).
/// </summary>
public sealed partial class ExampleJourneyTests(SharedBrowserApp app)
{
    [GeneratedRegex(@"^/o/voorbeeld-[0-9a-f]{10}/scan$")]
    private static partial Regex ExampleScan();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_empty_scan_leads_to_the_example_scan_filled_in(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);

        var page = await session.OpenAsync(org.Url("/scan"));
        await session.ClickAsync(page.Locator("#empty-example a"));
        await Expect(page.Locator("main")).ToContainTextAsync("Demostad (voorbeeld)");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Maak mijn voorbeeld en open het" }));

        Assert.Matches(ExampleScan(), session.Path);
        await Expect(page.Locator(".cx-demo-banner")).ToBeVisibleAsync();
        await Expect(page.Locator("#datasets")).ToBeVisibleAsync();
        await Expect(page.Locator("#empty-example")).ToHaveCountAsync(0);
    }
}
