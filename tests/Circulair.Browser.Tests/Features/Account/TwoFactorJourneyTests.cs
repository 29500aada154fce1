using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Account;

/// <summary>
/// Setting up two-factor sign-in from the profile, with a wrong code first, then signing in with a code from the app
/// (decision 0243). Every page on the way is checked with axe, with JavaScript on and off.
/// </summary>
public sealed class TwoFactorJourneyTests(SharedBrowserApp app)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Set_up_two_factor_sign_in_and_sign_in_with_a_code(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await session.SignInAsync(user);

        var page = await session.OpenAsync("/account/profile");
        await session.ClickAsync(page.GetByRole(AriaRole.Link, new() { Name = "Aanmelden in twee stappen" }));
        Assert.Equal("/account/two-factor", session.Path);
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code met de sleutel voor je authenticator-app" })).ToBeVisibleAsync();
        var key = await page.Locator("#authenticator-key").InnerTextAsync();

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Code", Exact = true }).FillAsync("000000" == Totp.Code(key) ? "111111" : "000000");
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en aanzetten" }));
        Assert.Equal(422, session.Status);
        await Expect(page.Locator(".cx-error-summary")).ToContainTextAsync("De code klopt niet.");

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Code", Exact = true }).FillAsync(Totp.Code(key));
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen en aanzetten" }));
        Assert.Equal(200, session.Status);
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Expect(page.Locator("#two-factor-status")).ToContainTextAsync("staat aan");

        await session.LogOutAsync();
        var login = await session.OpenAsync("/login");
        await login.Locator("#Input_Email").FillAsync(user.Email);
        await login.Locator("#Input_Password").FillAsync(user.Password);
        await session.ClickAsync(login.Locator("main form.cx-form button[type=submit]"));
        Assert.StartsWith("/login/two-factor", session.Path);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Code", Exact = true }).FillAsync(Totp.Code(key));
        await session.ClickAsync(page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden", Exact = true }));
        Assert.Equal(organisation.Url(), session.Path);
    }
}
