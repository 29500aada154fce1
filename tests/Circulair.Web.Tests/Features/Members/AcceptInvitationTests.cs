using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Members;

public sealed class AcceptInvitationTests(SharedApp app)
{
    private const string Password = "een lange zin als wachtwoord";

    private static Dictionary<string, string?> NewAccount(string name = "Nina Nieuw", string password = Password, string? confirm = null) => new()
    {
        ["Account.Name"] = name,
        ["Account.Password"] = password,
        ["Account.ConfirmPassword"] = confirm ?? password,
    };

    [Fact]
    public async Task A_new_person_creates_an_account_and_lands_in_the_organisation()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin, OrganisationRole.Teamlid);
        using var client = app.NewClient();

        var page = await client.OpenAsync(invitation.Url);
        Assert.Contains(org.Name, page.Text("h1"), StringComparison.Ordinal);
        Assert.Contains(invitation.Email, page.MainText, StringComparison.Ordinal);
        var done = await client.SubmitAsync(page, "#create-account", NewAccount());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(org.Url(), done.Location);
        var landing = await client.OpenAsync(done.Location!);
        Assert.Contains("Welkom!", landing.Text(".cx-flash"), StringComparison.Ordinal);
        var user = await app.WithDbAsync((db, _) => db.Users.AsNoTracking().SingleAsync(u => u.Email == invitation.Email));
        Assert.Equal(("Nina Nieuw", "nl-BE", true, org.Id), (user.DisplayName, user.Language, user.EmailConfirmed, user.LastOrganisationId));
        Assert.Equal(OrganisationRole.Teamlid, await app.RoleOfAsync(org, user.Id));
        var stored = await app.InvitationAsync(invitation.Id);
        Assert.Equal((InvitationState.Used, user.Id), (stored.StateAt(app.Clock.GetUtcNow().UtcDateTime), stored.AcceptedByUserId));
        Assert.True(await app.CanLogInAsync(invitation.Email, Password));
        using var later = app.NewClient();
        var again = await later.GetAsync(invitation.Url);
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Equal("Deze uitnodiging is al gebruikt.", again.Text("#invitation-closed"));
    }

    [Fact]
    public async Task An_address_with_an_apostrophe_can_create_its_account()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var email = "o'brien-" + Scenario.Unique("x") + "@example.test";
        using var adminClient = await app.LoggedInClientAsync(admin);
        await adminClient.SubmitAsync(await adminClient.OpenAsync(org.Url("/members/invite")), new Dictionary<string, string?> { ["Input.Email"] = email });
        using var client = app.NewClient();

        var page = await client.OpenAsync(Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/invitations/"));
        var done = await client.SubmitAsync(page, "#create-account", NewAccount());

        Assert.Equal(org.Url(), done.Location);
        Assert.True(await app.CanLogInAsync(email, Password));
    }

    [Fact]
    public async Task Keeps_the_name_and_explains_when_the_passwords_differ_or_break_the_rules()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin);
        using var client = app.NewClient();
        var page = await client.OpenAsync(invitation.Url);

        var differs = await client.SubmitAsync(page, "#create-account", NewAccount(confirm: "iets anders helemaal"));
        var tooShort = await client.SubmitAsync(page, "#create-account", NewAccount(password: "kort"));
        var noName = await client.SubmitAsync(page, "#create-account", NewAccount(name: ""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, differs.Status);
        Assert.StartsWith("Fout:", differs.Title, StringComparison.Ordinal);
        Assert.Contains("niet gelijk", differs.FieldError("Account_ConfirmPassword"), StringComparison.Ordinal);
        Assert.Equal("Nina Nieuw", differs.ValueOf("Account_Name"));
        Assert.Equal("", differs.ValueOf("Account_Password"));
        Assert.Contains("minstens 10 tekens", tooShort.FieldError("Account_Password"), StringComparison.Ordinal);
        Assert.Equal("Nina Nieuw", tooShort.ValueOf("Account_Name"));
        Assert.Equal("Vul je naam in.", noName.FieldError("Account_Name"));
        Assert.False(await app.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == invitation.Email)));
        Assert.Equal(InvitationState.Open, (await app.InvitationAsync(invitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Someone_with_an_account_logs_in_first_then_joins_a_second_organisation()
    {
        var (home, facilitator) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Coordinator);
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin, OrganisationRole.Coordinator, email: facilitator.Email.ToUpperInvariant());
        using var client = app.NewClient();

        var page = await client.OpenAsync(invitation.Url);
        Assert.Null(page.Document.QuerySelector("#create-account"));
        var login = page.Document.QuerySelector("#login-first")!.GetAttribute("href")!;
        Assert.Equal($"/login?returnUrl={Uri.EscapeDataString(invitation.Url)}", login);
        var loggedIn = await client.SubmitAsync(await client.OpenAsync(login), new Dictionary<string, string?>
        {
            ["Input.Email"] = facilitator.Email,
            ["Input.Password"] = facilitator.Password,
        });
        Assert.Equal(invitation.Url, loggedIn.Location);
        var accept = await client.OpenAsync(loggedIn.Location!);
        var joined = await client.SubmitAsync(accept, "#accept", new Dictionary<string, string?>());

        Assert.Equal(org.Url(), joined.Location);
        Assert.Equal(OrganisationRole.Coordinator, await app.RoleOfAsync(org, facilitator.Id));
        Assert.Equal(OrganisationRole.Coordinator, await app.RoleOfAsync(home, facilitator.Id));
        var organisations = await client.OpenAsync("/organisations");
        var names = organisations.Document.QuerySelectorAll(".cx-card__title").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains(home.Name, names);
        Assert.Contains(org.Name, names);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(org.Url())).Status);
    }

    [Fact]
    public async Task No_new_account_can_be_made_for_an_address_that_already_has_one()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var existing = await app.NewUserAsync();
        var invitation = await app.NewInvitationAsync(org, admin, email: existing.Email);
        using var client = app.NewClient();
        // The page offers no form here; any anonymous form's token will do for the forged post.
        var token = (await client.OpenAsync("/account/forgot-password")).AntiforgeryToken;

        var forged = await client.PostAsync(invitation.Url + "?handler=Create",
            [new("Account.Name", "Indringer"), new("Account.Password", Password), new("Account.ConfirmPassword", Password), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Conflict, forged.Status);
        Assert.NotNull(forged.Document.QuerySelector("#login-first"));
        Assert.Null(await app.RoleOfAsync(org, existing.Id));
        Assert.True(await app.CanLogInAsync(existing.Email, existing.Password));
        Assert.False(await app.CanLogInAsync(existing.Email, Password));
    }

    [Fact]
    public async Task Someone_signed_in_with_another_address_cannot_accept()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin);
        var (_, other) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(other);

        var page = await client.GetAsync(invitation.Url);
        var forged = await client.PostAsync(invitation.Url + "?handler=Accept", [new("__RequestVerificationToken", page.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        var explanation = page.Text("#other-account");
        Assert.Contains(invitation.Email, explanation, StringComparison.Ordinal);
        Assert.Contains(other.Email, explanation, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("#accept"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Null(await app.RoleOfAsync(org, other.Id));
        Assert.Equal(InvitationState.Open, (await app.InvitationAsync(invitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
    }

    [Fact]
    public async Task Says_which_when_an_invitation_is_expired_or_revoked_and_answers_404_to_an_unknown_token()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var expired = await app.NewInvitationAsync(org, admin, sentAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-7).AddMinutes(-1));
        var revoked = await app.NewInvitationAsync(org, admin);
        await app.WithDbAsync(async db =>
        {
            (await db.Invitations.SingleAsync(i => i.Id == revoked.Id)).Revoke(app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });
        using var client = app.NewClient();

        var expiredPage = await client.GetAsync(expired.Url);
        var revokedPage = await client.GetAsync(revoked.Url);
        var unknown = await client.GetAsync("/invitations/" + Scenario.Unique("geen-token"));
        var token = (await client.OpenAsync("/account/forgot-password")).AntiforgeryToken;
        var forged = await client.PostAsync(expired.Url + "?handler=Create",
            [.. NewAccount().Select(f => new KeyValuePair<string, string>(f.Key, f.Value!)), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Gone, expiredPage.Status);
        Assert.Equal("Deze uitnodiging is verlopen: een uitnodiging werkt 7 dagen.", expiredPage.Text("#invitation-closed"));
        Assert.Equal(HttpStatusCode.Gone, revokedPage.Status);
        Assert.Equal("Deze uitnodiging is ingetrokken of vervangen door een nieuwere.", revokedPage.Text("#invitation-closed"));
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Uitnodiging niet gevonden", unknown.Text("h1"));
        Assert.Contains("onvolledig of werd gewijzigd", unknown.Text("#invitation-unknown"), StringComparison.Ordinal);
        Assert.Contains("nieuwe uitnodiging", unknown.MainText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, forged.Status);
        Assert.False(await app.WithDbAsync((db, _) => db.Users.AnyAsync(u => u.Email == expired.Email)));
    }

    [Fact]
    public async Task Sending_the_new_account_form_again_after_joining_says_the_invitation_is_used_and_leads_to_the_organisation()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin, OrganisationRole.Teamlid);
        using var client = app.NewClient();
        var page = await client.OpenAsync(invitation.Url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(page, "#create-account", NewAccount())).Status);

        var again = await client.SubmitAsync(page, "#create-account", NewAccount());

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal(invitation.Url, again.Location);
        var explained = await client.GetAsync(again.Location!);
        Assert.Equal(HttpStatusCode.Gone, explained.Status);
        Assert.Equal("Deze uitnodiging is al gebruikt.", explained.Text("#invitation-closed"));
        Assert.Contains(org.Name, explained.Text("#already-member"), StringComparison.Ordinal);
        Assert.NotNull(explained.Document.QuerySelector($"main a[href='{org.Url()}']"));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Users.CountAsync(u => u.Email == invitation.Email)));
    }

    [Fact]
    public async Task A_changed_invitation_link_says_in_English_too_what_to_do()
    {
        using var client = app.NewClient();
        client.Http.DefaultRequestHeaders.Add("Cookie", ".Circulair.Language=en"); // the language switch before log-in

        var unknown = await client.GetAsync("/invitations/" + Scenario.Unique("veranderd"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("Invitation not found", unknown.Text("h1"));
        Assert.Contains("ask the organisation's administrator for a new invitation", unknown.MainText, StringComparison.Ordinal);
    }
}
