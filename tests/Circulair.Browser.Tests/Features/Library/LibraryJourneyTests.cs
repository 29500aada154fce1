using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Library;

/// <summary>
/// The knowledge library as a coordinator uses it: filter the cases by domain, open one, clone it into the strategy as
/// a draft action and see where it came from; the funding, estimator and framing pages pass axe too (every page load
/// is checked by the session).
/// </summary>
public sealed partial class LibraryJourneyTests(SharedBrowserApp app)
{
    [GeneratedRegex(@"/actions/\d+$")]
    private static partial Regex ActionPath();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Finds_a_case_by_domain_and_clones_it_into_an_action(bool javaScript)
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        await app.NewTrajectoryAsync(org);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);

        var page = await session.OpenAsync("/library");
        await page.Locator("#domain").SelectOptionAsync("andere");
        await page.Locator("#subdomain").SelectOptionAsync("deelmobiliteit");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Toon" }));
        await Expect(page.Locator("#cases > li")).ToHaveCountAsync(3);

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Elektrische deelbakfietsen" }));
        await Expect(page.Locator("#case-facts")).ToContainTextAsync("Pelt");
        await session.ClickAsync(page.Locator("#clone-targets a").First);
        await page.GetByLabel("Actie (ontwerp)").CheckAsync();
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Overnemen" }));

        Assert.Matches(ActionPath(), session.Path);
        await Expect(page.Locator("#action-facts")).ToContainTextAsync("Elektrische deelbakfietsen");
        await Expect(page.Locator(".cx-flash")).ToContainTextAsync("ingevulde actiefiche");

        await session.OpenAsync("/library/funding");
        await session.OpenAsync("/library/framing");
        await session.OpenAsync(org.Url("/benefits?population=50000"));
        await Expect(page.Locator("#estimate")).ToBeVisibleAsync();
    }
}
