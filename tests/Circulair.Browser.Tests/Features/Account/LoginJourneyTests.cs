using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Account;

public sealed class LoginJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Refuses_a_wrong_password_then_logs_in_and_out(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await using var session = await BrowserSession.StartAsync(app, javaScript);

        var page = await session.OpenAsync("/login");
        await page.Locator("#Input_Email").FillAsync(user.Email);
        await page.Locator("#Input_Password").FillAsync("niet mijn wachtwoord");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" });
        await session.ClickAsync(submit);

        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Fout: "));
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary).ToContainTextAsync("Het e-mailadres of het wachtwoord klopt niet.");
        if (javaScript)
        {
            await Expect(summary).ToBeFocusedAsync();
        }
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync(user.Email);
        await Expect(page.Locator("#Input_Password")).ToHaveValueAsync("");

        await page.Locator("#Input_Password").FillAsync(user.Password);
        await session.ClickAsync(submit);

        Assert.Equal(organisation.Url(), session.Path);
        await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync(organisation.Name);

        await session.LogOutAsync();

        Assert.Equal("/login", session.Path);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je bent afgemeld.");
        await session.GoToAsync(organisation.Url());
        Assert.StartsWith("/login", session.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Switches_the_language_to_English_and_back_before_logging_in(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        var page = await session.OpenAsync("/login");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl-BE");

        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "English" }));

        Assert.Equal("/login", session.Path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Log in");
        // The choice holds for the next request too: a refused form answers in English.
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Log in" }));
        Assert.Equal(422, session.Status);
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("There is a problem");
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("Enter your email address.");

        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Nederlands" }));

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl-BE");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Aanmelden");
    }
}
