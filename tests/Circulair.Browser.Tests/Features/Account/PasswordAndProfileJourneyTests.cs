using System.Text.RegularExpressions;
using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Account;

public sealed class PasswordAndProfileJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Forgotten_password_mail_link_sets_a_new_password_that_logs_in(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await using var session = await BrowserSession.StartAsync(app, javaScript);

        var page = await session.OpenAsync("/login");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }));
        Assert.Equal("/account/forgot-password", session.Path);
        await page.GetByLabel("E-mailadres").FillAsync(user.Email);
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Stuur me een link" }));

        await Expect(page.Locator("#forgot-sent")).ToContainTextAsync("Als er een account bestaat met dat e-mailadres");
        var link = Mailbox.LinkIn(app.Mailbox.LatestTo(user.Email), "/account/reset-password");

        await session.OpenAsync(link);
        await Expect(page.Locator("#Input_Email")).ToHaveValueAsync(user.Email);
        const string newPassword = "een nieuwe lange zin om te onthouden";
        await page.Locator("#Input_Password").FillAsync(newPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync("iets anders");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord instellen" });
        await session.ClickAsync(submit);

        Assert.Equal(422, session.Status);
        var summary = page.Locator(".cx-error-summary");
        await Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["De twee wachtwoorden zijn niet gelijk."]);
        if (javaScript)
        {
            await Expect(summary).ToBeFocusedAsync();
        }
        await page.Locator("#Input_Password").FillAsync(newPassword);
        await page.Locator("#Input_ConfirmPassword").FillAsync(newPassword);
        await session.ClickAsync(submit);

        Assert.Equal("/login", session.Path);
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Je nieuwe wachtwoord is ingesteld. Meld je ermee aan.");
        await session.LogInAsync(user with { Password = newPassword });
        Assert.Equal(organisation.Url(), session.Path);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Choosing_English_in_the_profile_changes_the_page_language(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);

        var page = await session.OpenAsync(organisation.Url());
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "nl-BE");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Profiel" }));
        await page.GetByLabel("English").CheckAsync();
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }));

        Assert.Equal("/account/profile", session.Path);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Profile");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your profile has been saved.");
        await Expect(page.GetByLabel("English")).ToBeCheckedAsync();

        // A refused form answers in English too.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Save" }));
        Assert.Equal(422, session.Status);
        await Expect(page).ToHaveTitleAsync(new Regex("^Error: "));
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("Enter your name.");

        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "My organisations" }));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
    }
}
