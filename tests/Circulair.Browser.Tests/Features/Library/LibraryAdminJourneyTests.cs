using Circulair.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Library;

/// <summary>
/// The platform administrator's library pages (issue 18 items 1 and 4) pass axe, also with a refused form showing its
/// errors; nothing is saved here, so the shared app's library stays as shipped for the other journeys.
/// </summary>
public sealed class LibraryAdminJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task The_administrator_pages_are_accessible_and_a_refused_case_keeps_what_was_typed(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(app.Administrator);

        var page = await session.OpenAsync("/library");
        await session.ClickAsync(page.Locator("#library-admin-link"));
        await Expect(page.Locator("#admin-cases")).ToBeVisibleAsync();
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Praktijkvoorbeeld toevoegen" }));
        await page.Locator("#Input_Key").FillAsync("proef-voorbeeld");
        await page.Locator("#Input_Url").FillAsync("geen-adres");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("Titel (Nederlands): vul dit veld in.");
        await Expect(page.Locator("#Input_Url")).ToHaveValueAsync("geen-adres");

        await session.OpenAsync("/library/admin/cases/edit/pelt-deelbakfietsen");
        await session.OpenAsync("/library/admin/funding/edit");
        await session.OpenAsync("/library/admin/funding/edit/vleva-vvsg-subsidiegids");
        await session.OpenAsync("/library/admin/cases/import");
        await session.OpenAsync("/library/admin/funding/import");
    }
}
