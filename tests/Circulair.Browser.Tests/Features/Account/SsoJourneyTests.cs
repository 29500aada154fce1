using Circulair.Browser.Tests.Infrastructure;
using Circulair.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Circulair.Browser.Tests.Features.Account;

/// <summary>The browser app with one single sign-on provider: a real OpenIddict server on its own port.</summary>
public sealed class SsoBrowserApp : BrowserApp
{
    public OidcTestServer Idp { get; private set; } = null!;

    protected override IDictionary<string, string?> Settings => Idp.ProviderSettings("test", "Testgemeente");

    public override async ValueTask InitializeAsync()
    {
        Idp = await OidcTestServer.StartAsync();
        await base.InitializeAsync();
        // First-time setup done, as in the shared app: otherwise every page would lead to /setup.
        await this.NewUserAsync("Platformbeheerder", platformAdministrator: true);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Idp.DisposeAsync();
    }
}

/// <summary>
/// Single sign-on in Chromium (decision 0360): the button on the log-in page (axe-checked like every page) leads through
/// the provider and back into the organisation, with JavaScript on and off; a refusal is a readable page.
/// </summary>
public sealed class SsoJourneyTests(SsoBrowserApp app) : IClassFixture<SsoBrowserApp>
{
    /// <summary>
    /// The click waits until the browser has been to the provider and back. The first round trip of the class also
    /// loads the provider's metadata and compiles the OIDC code paths, which on a busy machine took longer than the
    /// usual 15 s a click may take; this one may take a minute (nothing about its duration is asserted).
    /// </summary>
    private static Task PressProviderButtonAsync(BrowserSession session, IPage page) =>
        session.FollowAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden met Testgemeente" })
            .ClickAsync(new LocatorClickOptions { Timeout = 60_000 }));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Signs_in_with_the_provider_button_and_lands_in_the_organisation(bool javaScript)
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        app.Idp.NextPerson = new OidcPerson(Scenario.Unique("sub"), user.Email, EmailVerified: true);
        await using var session = await BrowserSession.StartAsync(app, javaScript);

        var page = await session.OpenAsync($"/login?returnUrl={Uri.EscapeDataString(organisation.Url())}");
        await PressProviderButtonAsync(session, page);

        Assert.Equal(organisation.Url(), session.Path);
        await Expect(page.Locator(".cx-header__org")).ToHaveTextAsync(organisation.Name);
    }

    [Fact]
    public async Task An_unverified_address_ends_on_a_page_that_says_why()
    {
        var user = await app.NewUserAsync();
        app.Idp.NextPerson = new OidcPerson(Scenario.Unique("sub"), user.Email, EmailVerified: false);
        await using var session = await BrowserSession.StartAsync(app, javaScript: false);

        var page = await session.OpenAsync("/login");
        await PressProviderButtonAsync(session, page);

        Assert.Equal(403, session.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Aanmelden niet mogelijk");
        await Expect(page.Locator("#sso-outcome")).ToContainTextAsync("geen account gemaakt");
    }
}
