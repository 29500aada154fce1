using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>
/// An app of its own with two single sign-on providers: "test", a real OpenIddict server started here, and "down",
/// whose address answers nothing.
/// </summary>
public sealed class SsoApp : CirculairFactory
{
    public OidcTestServer Idp { get; private set; } = null!;

    private readonly string _nowhere = OidcTestServer.Nowhere();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(Idp.ProviderSettings("test", "Testgemeente"))
    {
        ["Authentication:Oidc:Providers:down:DisplayName"] = "Offline",
        ["Authentication:Oidc:Providers:down:Authority"] = _nowhere,
        ["Authentication:Oidc:Providers:down:ClientId"] = "nobody",
        ["Authentication:Oidc:Providers:down:RequireHttpsMetadata"] = "false",
    };

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
/// Single sign-on with OpenID Connect (decision 0360) against a real provider: the app's OIDC handler talks to the
/// OpenIddict server over HTTP (discovery, authorization code with PKCE, token endpoint, signed ID token); the test
/// plays the browser, carrying the redirects between the two.
/// </summary>
public sealed class SsoTests(SsoApp app) : IClassFixture<SsoApp>
{
    private static OidcPerson Person(string email, bool? verified = true) => new(Scenario.Unique("sub"), email, verified);

    /// <summary>Presses the provider's button on the log-in page and follows the round trip; returns the return page's answer.</summary>
    /// <param name="from">The page with the buttons: the log-in page unless given (a signed-in person uses /login/sso).</param>
    private async Task<Page> SignInAsync(AppClient client, OidcPerson person, string? returnUrl = null, string provider = "test", string? from = null)
    {
        app.Idp.NextPerson = person;
        var login = await client.OpenAsync(from ?? (returnUrl is null ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}"));
        var challenge = await client.SubmitAsync(login, $"form[action='/login/sso/{provider}']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, challenge.Status);
        Assert.StartsWith(app.Idp.Authority + "connect/authorize?", challenge.Location);
        Assert.Contains("code_challenge_method=S256", challenge.Location);

        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        using var authorized = await browser.GetAsync(challenge.Location);
        Assert.Equal(HttpStatusCode.Redirect, authorized.StatusCode);
        var callback = authorized.Headers.Location!;
        Assert.Equal($"/signin-oidc/{provider}", callback.AbsolutePath);

        var handled = await client.GetAsync(callback.PathAndQuery);
        Assert.Equal(HttpStatusCode.Redirect, handled.Status);
        Assert.StartsWith("/login/sso-return", handled.Location);
        return await client.GetAsync(handled.Location!);
    }

    private Task<int> UserCountAsync(string email) =>
        app.WithDbAsync((db, _) => db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant()));

    [Fact]
    public async Task The_login_page_offers_a_button_per_provider_as_a_form_post()
    {
        using var client = app.NewClient();

        var login = await client.OpenAsync("/login?returnUrl=%2Forganisations");

        var forms = login.Document.QuerySelectorAll("form[action^='/login/sso/']").ToList();
        Assert.Equal(new[] { "/login/sso/down", "/login/sso/test" }, forms.Select(f => f.GetAttribute("action") ?? "").ToArray());
        Assert.All(forms, f => Assert.Equal("post", f.GetAttribute("method")));
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
        Assert.Equal("Aanmelden met Testgemeente", login.Text("#sso-test"));
        Assert.Equal("/organisations", forms[0].QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_verified_address_links_the_existing_account_and_starts_a_server_side_session()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var person = Person(user.Email);
        using var client = app.NewClient();

        var signedIn = await SignInAsync(client, person, org.Url("/stakeholders"));

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(org.Url("/stakeholders"), signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(org.Url("/stakeholders"))).Status);
        var login = await app.WithDbAsync((db, _) => db.UserLogins.SingleAsync(l => l.UserId == user.Id));
        Assert.Equal(("oidc-test", person.Subject), (login.LoginProvider, login.ProviderKey));
        var session = await app.WithDbAsync((db, _) => db.UserSessions.SingleAsync(s => s.UserId == user.Id && s.EndedAt == null));
        Assert.Equal("oidc-test", session.SignedInWith);
        Assert.Equal(1, await UserCountAsync(user.Email));

        // Next time the subject alone finds the account, whatever address the provider sends now.
        using var again = app.NewClient();
        var second = await SignInAsync(again, person with { Email = Scenario.Unique("elders") + "@example.test", EmailVerified = false });
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(org.Url("/stakeholders"))).Status);

        // Logging out ends the SSO session on the server like any other (decision 0240).
        var logout = await client.OpenAsync("/logout");
        await client.SubmitAsync(logout, new Dictionary<string, string?>());
        Assert.NotNull(await app.WithDbAsync((db, _) => db.UserSessions.Where(s => s.Id == session.Id).Select(s => s.EndedAt).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(org.Url("/stakeholders"))).Status);
    }

    [Fact]
    public async Task A_verified_address_with_an_open_invitation_creates_the_account_and_joins_the_organisation()
    {
        var (org, beheerder) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, beheerder, OrganisationRole.Coordinator);
        using var client = app.NewClient();

        var signedIn = await SignInAsync(client, Person(invitation.Email) with { Name = "An Uitgenodigd" });

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(org.Url(), signedIn.Location);
        var user = await app.WithDbAsync((db, _) => db.Users.SingleAsync(u => u.Email == invitation.Email));
        Assert.Equal("An Uitgenodigd", user.DisplayName);
        Assert.Null(user.PasswordHash);
        Assert.Equal(OrganisationRole.Coordinator, await app.RoleOfAsync(org, user.Id));
        Assert.Equal(InvitationState.Used, (await app.InvitationAsync(invitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(org.Url("/stakeholders"))).Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(null)]
    public async Task An_unverified_address_is_refused_with_a_clear_page_and_creates_nothing(bool? verified)
    {
        var (org, beheerder) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, beheerder);
        var existing = await app.NewUserAsync();
        using var client = app.NewClient();

        var invited = await SignInAsync(client, Person(invitation.Email, verified));
        var account = await SignInAsync(client, Person(existing.Email, verified));

        foreach (var refused in new[] { invited, account })
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
            Assert.Equal("Aanmelden niet mogelijk", refused.Text("h1"));
            Assert.Contains("Testgemeente bevestigt niet dat het e-mailadres", refused.Text("#sso-outcome"));
        }
        Assert.Equal(0, await UserCountAsync(invitation.Email));
        Assert.Equal(InvitationState.Open, (await app.InvitationAsync(invitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.False(await app.WithDbAsync((db, _) => db.UserLogins.AnyAsync(l => l.UserId == existing.Id)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organisations")).Status);
    }

    [Fact]
    public async Task A_verified_address_without_account_or_invitation_is_refused_and_creates_nothing()
    {
        var email = Scenario.Unique("vreemde") + "@example.test";
        using var client = app.NewClient();

        var refused = await SignInAsync(client, Person(email));

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains($"Er is geen Circulair-account en geen openstaande uitnodiging voor {email}", refused.Text("#sso-outcome"));
        Assert.Equal(0, await UserCountAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organisations")).Status);
    }

    [Fact]
    public async Task Required_sso_sends_a_password_session_to_the_sso_page_and_admits_the_sso_session()
    {
        var (org, beheerder) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(org, member, OrganisationRole.Teamlid);
        var other = await app.NewOrganisationAsync();
        await app.AddMemberAsync(other, member, OrganisationRole.Teamlid);

        // From a password session the Beheerder cannot switch it on: they would shut themselves out.
        using var password = await app.LoggedInClientAsync(beheerder);
        var settings = await password.OpenAsync(org.Url("/settings"));
        var refused = await password.SubmitAsync(settings, "#sso-form", new Dictionary<string, string?> { ["requireSso"] = "true" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(["Meld je eerst zelf aan via single sign-on; anders sluit je jezelf buiten."], refused.ErrorSummary);
        Assert.False(await RequiresSsoAsync(org));

        using var sso = app.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(sso, Person(beheerder.Email))).Status);
        settings = await sso.OpenAsync(org.Url("/settings"));
        var saved = await sso.SubmitAsync(settings, "#sso-form", new Dictionary<string, string?> { ["requireSso"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.True(await RequiresSsoAsync(org));

        using var memberClient = await app.LoggedInClientAsync(member);
        var sent = await memberClient.GetAsync(org.Url("/stakeholders"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.Status);
        Assert.StartsWith($"/login/sso?organisation={org.Slug}", sent.Location);
        var explained = await memberClient.OpenAsync(sent.Location!);
        Assert.Contains($"{org.Name} vraagt dat je je aanmeldt via single sign-on", explained.Text("#sso-required"));
        Assert.NotNull(explained.Document.QuerySelector("form[action='/login/sso/test']"));
        // A POST is refused the same way, and the other organisation stays open to the password session.
        var post = await memberClient.PostAsync(org.Url("/stakeholders/new"), [new("Input.Name", "x")]);
        Assert.Equal(HttpStatusCode.SeeOther, post.Status);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync(other.Url("/stakeholders"))).Status);

        // The same person through single sign-on gets in.
        var signedIn = await SignInAsync(memberClient, Person(member.Email), from: sent.Location);
        Assert.Equal(org.Url("/stakeholders"), signedIn.Location);
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync(org.Url("/stakeholders"))).Status);

        // The platform administrator's password still opens it: the way back in when the provider fails.
        var administrator = await app.NewUserAsync(platformAdministrator: true);
        await app.AddMemberAsync(org, administrator, OrganisationRole.Beheerder);
        using var admin = await app.LoggedInClientAsync(administrator);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(org.Url("/settings"))).Status);
    }

    private Task<bool> RequiresSsoAsync(TestOrganisation org) =>
        app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == org.Id).Select(o => o.RequireSso).SingleAsync());

    [Fact]
    public async Task A_provider_that_is_down_gets_a_clear_page_and_no_error()
    {
        using var client = app.NewClient();
        var login = await client.OpenAsync("/login");

        var down = await client.SubmitAsync(login, "form[action='/login/sso/down']", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.Status);
        Assert.Equal("Aanmeldingsdienst niet bereikbaar", down.Text("h1"));
        Assert.Contains("Circulair kon Offline niet bereiken", down.Text("#sso-down"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organisations")).Status);
    }

    [Fact]
    public async Task A_broken_answer_from_the_provider_gets_a_clear_page_and_no_error()
    {
        using var client = app.NewClient();

        var callback = await client.GetAsync("/signin-oidc/test?code=forged&state=forged");
        Assert.Equal(HttpStatusCode.Redirect, callback.Status);
        var page = await client.GetAsync(callback.Location!);

        Assert.Equal(HttpStatusCode.BadGateway, page.Status);
        Assert.Contains("Het aanmelden bij Testgemeente is niet gelukt", page.Text("#sso-outcome"));
    }

    [Fact]
    public async Task An_unknown_provider_answers_404()
    {
        using var client = app.NewClient();
        var login = await client.OpenAsync("/login");

        var unknown = await client.PostAsync("/login/sso/nergens", [new("__RequestVerificationToken", login.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }
}
