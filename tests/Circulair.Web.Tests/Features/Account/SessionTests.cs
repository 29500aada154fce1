using System.Net;
using Circulair.Organisations;
using Circulair.Web.Platform.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>A fresh app of its own (the tests move its clock) with one organisation of two members.</summary>
public sealed class SessionApp : CirculairFactory
{
    public TestOrganisation Org { get; private set; } = null!;
    public TestUser Beheerder { get; private set; } = null!;

    public PageCacheFrontDoor Door => Services.GetRequiredService<PageCacheFrontDoor>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        (Org, Beheerder) = await this.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        // On PostgreSQL the tracker trusts nothing until it hears the other instances' announcements.
        await VersionsTrustedAsync();
    }

    public async Task<TestUser> NewMemberAsync(OrganisationRole role = OrganisationRole.Lezer)
    {
        var user = await this.NewUserAsync();
        await this.AddMemberAsync(Org, user, role);
        return user;
    }
}

/// <summary>
/// A session ends on the server (decision 0240): at logout, when the password changes or is reset, and after its
/// absolute lifetime. A copy of the cookie is refused from then on, also by the page cache's front door, which answers
/// before authentication.
/// </summary>
public sealed class SessionTests(SessionApp app) : IClassFixture<SessionApp>
{
    private const string SessionCookie = ".Circulair.Session";

    [Fact]
    public async Task After_logout_a_copy_of_the_session_cookie_is_sent_to_log_in_even_for_a_page_the_front_door_kept()
    {
        var user = await app.NewMemberAsync();
        using var owner = app.NewClient();
        var login = await owner.TryLogInAsync(user.Email, user.Password);
        var url = app.Org.Url("/stakeholders");
        using var copy = await CopyOfAsync(login, url);
        await FrontDoorAnswerAsync(copy, url);

        var logout = await owner.OpenAsync("/logout");
        var loggedOut = await owner.SubmitAsync(logout, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.Status);
        var hits = app.Door.Hits;
        var cached = await copy.GetAsync(url);
        var other = await copy.GetAsync(app.Org.Url("/trajectories"));

        Assert.Equal(hits, app.Door.Hits);
        AssertSentToLogin(cached);
        AssertSentToLogin(other);
    }

    [Fact]
    public async Task A_password_change_ends_the_persons_other_sessions_at_once_and_keeps_this_one()
    {
        var user = await app.NewMemberAsync();
        using var laptop = await app.LoggedInClientAsync(user);
        using var phone = await app.LoggedInClientAsync(user);
        var url = app.Org.Url("/stakeholders");
        await FrontDoorAnswerAsync(phone, url);

        var form = await laptop.OpenAsync("/account/password");
        var changed = await laptop.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = user.Password,
            ["Input.NewPassword"] = "een nieuwe zin als wachtwoord",
            ["Input.ConfirmPassword"] = "een nieuwe zin als wachtwoord",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);

        AssertSentToLogin(await phone.GetAsync(url));
        AssertSentToLogin(await phone.GetAsync("/account/profile"));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(url)).Status);
    }

    [Fact]
    public async Task A_password_reset_ends_every_session_of_the_person_at_once()
    {
        var user = await app.NewMemberAsync();
        using var borrowed = await app.LoggedInClientAsync(user);
        var url = app.Org.Url("/stakeholders");
        await FrontDoorAnswerAsync(borrowed, url);

        var link = await app.RequestResetLinkAsync(user.Email);
        using var owner = app.NewClient();
        var form = await owner.OpenAsync(link);
        var reset = await owner.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Password"] = "een nieuwe zin als wachtwoord",
            ["Input.ConfirmPassword"] = "een nieuwe zin als wachtwoord",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.Status);

        AssertSentToLogin(await borrowed.GetAsync(url));
    }

    [Fact]
    public async Task A_removed_member_gets_404_for_the_organisations_pages_at_once_also_from_the_front_door()
    {
        var member = await app.NewMemberAsync(OrganisationRole.Teamlid);
        using var removed = await app.LoggedInClientAsync(member);
        var url = app.Org.Url("/stakeholders");
        await FrontDoorAnswerAsync(removed, url);

        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        var membershipId = await app.MembershipIdAsync(app.Org, member);
        var confirm = await beheerder.OpenAsync(app.Org.Url($"/members/{membershipId}/remove"));
        var done = await beheerder.SubmitAsync(confirm, new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var hits = app.Door.Hits;

        Assert.Equal(HttpStatusCode.NotFound, (await removed.GetAsync(url)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await removed.GetAsync(app.Org.Url("/trajectories"))).Status);
        Assert.Equal(hits, app.Door.Hits);
    }

    [Fact]
    public async Task A_session_in_constant_use_still_ends_twelve_hours_after_signing_in()
    {
        var user = await app.NewMemberAsync();
        using var client = await app.LoggedInClientAsync(user);
        var url = app.Org.Url("/stakeholders");

        var stillIn = new List<HttpStatusCode>();
        for (var hour = 1; hour < 12; hour++)
        {
            app.Clock.Advance(TimeSpan.FromHours(1));
            stillIn.Add((await client.GetAsync(url)).Status);
        }
        app.Clock.Advance(TimeSpan.FromMinutes(50));
        var atElevenFifty = await client.GetAsync(url);
        await FrontDoorAnswerAsync(client, url);
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var hits = app.Door.Hits;
        var atTwelve = await client.GetAsync(url);

        Assert.All(stillIn, s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.OK, atElevenFifty.Status);
        Assert.Equal(hits, app.Door.Hits);
        AssertSentToLogin(atTwelve);
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    private static void AssertSentToLogin(Page page)
    {
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/login", new Uri(new Uri("http://localhost"), page.Location!).PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>
    /// A client that sends the session cookie from the log-in answer, as someone who copied it would, with an
    /// antiforgery cookie of its own (from a first visit of <paramref name="url"/>).
    /// </summary>
    private async Task<AppClient> CopyOfAsync(Page login, string url)
    {
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        var session = CookieIn(login.Headers["Set-Cookie"], SessionCookie);
        var http = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add("Cookie", session);
        using var first = await http.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var antiforgery = CookieIn(string.Join(", ", first.Headers.GetValues("Set-Cookie")), ".Circulair.Antiforgery");
        http.DefaultRequestHeaders.Remove("Cookie");
        http.DefaultRequestHeaders.Add("Cookie", session + "; " + antiforgery);
        return new AppClient(http);
    }

    private static string CookieIn(string setCookie, string name)
    {
        var start = setCookie.IndexOf(name + "=", StringComparison.Ordinal);
        Assert.True(start >= 0, $"No {name} cookie is set.");
        var end = setCookie.IndexOf(';', start);
        return end < 0 ? setCookie[start..] : setCookie[start..end];
    }

    private async Task FrontDoorAnswerAsync(AppClient client, string url)
    {
        await client.OpenAsync(url);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var before = app.Door.Hits;
            await client.OpenAsync(url);
            if (app.Door.Hits == before + 1)
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"The front door never answered {url}.");
    }
}
