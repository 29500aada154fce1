using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Setup;

/// <summary>First-time setup in a real browser. Each test starts an app of its own: setup happens once per database.</summary>
public sealed class SetupJourneyTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sets_up_Circulair_after_a_refused_attempt_and_lands_on_the_dashboard(bool javaScript)
    {
        await using var app = await BrowserApp.StartAsync();
        await using var session = await BrowserSession.StartAsync(app, javaScript);

        var page = await session.OpenAsync("/");
        Assert.Equal("/setup", session.Path);
        await page.Locator("#Account_Name").FillAsync("Ann Coördinator");
        await page.Locator("#Account_Email").FillAsync("geen-adres");
        await page.Locator("#Account_Password").FillAsync("een lange zin als wachtwoord");
        await page.Locator("#Account_ConfirmPassword").FillAsync("iets anders");
        await page.Locator("#Organisation_Name").FillAsync("Gemeente Borsbeek");
        await page.Locator("#Organisation_Type").SelectOptionAsync("Gemeente");
        await page.Locator("#Organisation_Municipality").FillAsync("Borsbeek");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Circulair instellen" });
        await session.ClickAsync(submit);

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: Circulair instellen"));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(
            ["Vul een geldig e-mailadres in, zoals naam@gemeente.be.", "De twee wachtwoorden zijn niet gelijk."]);
        if (javaScript)
        {
            // The error-summary module moves focus to the summary, so a screen reader reads it first.
            await Expect(summary).ToBeFocusedAsync();
        }
        else
        {
            await Expect(summary).Not.ToBeFocusedAsync();
        }
        await Expect(page.Locator("#Account_Email")).ToHaveValueAsync("geen-adres");
        await Expect(page.Locator("#Account_Email")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#Organisation_Name")).ToHaveValueAsync("Gemeente Borsbeek");
        await Expect(page.Locator("#Account_Password")).ToHaveValueAsync("");

        await page.Locator("#Account_Email").FillAsync("ann@gemeente.example");
        await page.Locator("#Account_Password").FillAsync("een lange zin als wachtwoord");
        await page.Locator("#Account_ConfirmPassword").FillAsync("een lange zin als wachtwoord");
        await session.ClickAsync(submit);

        Assert.Equal(200, session.Status);
        Assert.Matches("^/o/[a-z0-9-]+$", session.Path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Waar staan we?");
        await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync("Gemeente Borsbeek");
    }
}
