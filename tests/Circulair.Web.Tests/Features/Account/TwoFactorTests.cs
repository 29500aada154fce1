using System.Net;
using Circulair.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>An app of its own: the throttle test moves its clock.</summary>
public sealed class TwoFactorApp : CirculairFactory;

/// <summary>
/// Two-factor sign-in with an authenticator app (decision 0243), driven through the real pages with codes computed
/// from the key the set-up page shows (RFC 6238, <see cref="Totp"/>).
/// </summary>
public sealed class TwoFactorTests(TwoFactorApp app) : IClassFixture<TwoFactorApp>
{
    private const string CodeWrong = "De code klopt niet. Kijk of de tijd van je telefoon juist staat en probeer de nieuwste code.";

    [Fact]
    public async Task Set_up_with_a_code_from_the_app_shows_ten_recovery_codes_once_and_sign_in_then_asks_for_a_code()
    {
        var (org, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using var client = await app.LoggedInClientAsync(user);
        var (key, codes) = await SetUpAsync(client);

        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        var again = await client.OpenAsync("/account/two-factor");
        Assert.Null(again.Document.QuerySelector("#recovery-codes"));
        Assert.Contains("10", again.Text("#recovery-codes-left"));
        Assert.True(await EnabledAsync(user));

        using var other = app.NewClient();
        var password = await other.TryLogInAsync(user.Email, user.Password, org.Url("/stakeholders"));
        Assert.Equal(HttpStatusCode.Redirect, password.Status);
        Assert.StartsWith("/login/two-factor", password.Location);
        // The password alone signs no one in.
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync(org.Url("/stakeholders"))).Status);
        Assert.Contains("/login", (await other.GetAsync(org.Url("/stakeholders"))).Location);

        var form = await other.OpenAsync(password.Location!);
        var wrong = await other.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Code"] = Totp.WrongCode(key) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.Status);
        Assert.Equal([CodeWrong], wrong.ErrorSummary);

        var right = await other.SubmitAsync(wrong, new Dictionary<string, string?> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, right.Status);
        Assert.Equal(org.Url("/stakeholders"), right.Location);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(org.Url("/stakeholders"))).Status);
    }

    [Fact]
    public async Task A_wrong_code_at_set_up_keeps_two_factor_off_and_shows_the_error_with_the_field()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var page = await client.OpenAsync("/account/two-factor");
        var key = page.Text("#authenticator-key");
        Assert.NotNull(page.Document.QuerySelector(".cx-totp__qr svg[role=img][aria-label]"));

        var refused = await client.SubmitAsync(page, "#confirm-form", new Dictionary<string, string?> { ["Confirm.Code"] = Totp.WrongCode(key) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(CodeWrong, refused.FieldError("Confirm_Code"));
        Assert.StartsWith("Fout", refused.Title);
        Assert.False(await EnabledAsync(user));
        // The same key stays: the app the person already scanned keeps working.
        Assert.Equal(key, refused.Text("#authenticator-key"));
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only_and_is_not_stored_as_typed()
    {
        var user = await app.NewUserAsync();
        using (var client = await app.LoggedInClientAsync(user))
        {
            var (_, codes) = await SetUpAsync(client);
            Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user, codes[0])).Status);
            var reused = await SecondStepAsync(user, codes[0]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.Status);
            Assert.Equal([CodeWrong], reused.ErrorSummary);
            // Typed with spaces and in lower case, another code still works.
            Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user, " " + codes[1].ToLowerInvariant().Replace("-", " - ", StringComparison.Ordinal))).Status);
            Assert.Contains("8", (await client.OpenAsync("/account/two-factor")).Text("#recovery-codes-left"));

            var stored = await app.WithDbAsync(async (db, _) => await db.Set<IdentityUserToken<int>>().Where(t => t.UserId == user.Id).Select(t => t.Value).ToListAsync());
            Assert.DoesNotContain(stored, v => codes.Any(c => v!.Contains(c, StringComparison.OrdinalIgnoreCase) || v.Contains(c.Replace("-", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
        }
    }

    [Fact]
    public async Task Wrong_codes_count_in_the_sign_in_throttle()
    {
        var user = await app.NewUserAsync();
        string key;
        using (var client = await app.LoggedInClientAsync(user))
        {
            (key, _) = await SetUpAsync(client);
        }
        using var guesser = app.NewClient();
        var password = await guesser.TryLogInAsync(user.Email, user.Password);
        var form = await guesser.OpenAsync(password.Location!);
        for (var i = 0; i < 3; i++)
        {
            form = await guesser.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Code"] = Totp.WrongCode(key) });
            Assert.Equal(HttpStatusCode.UnprocessableEntity, form.Status);
        }

        // Now this client must wait: even the right code gets the same answer as a wrong one.
        var mustWait = await guesser.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mustWait.Status);
        Assert.Equal([CodeWrong], mustWait.ErrorSummary);
        // The wait holds for the account from this client, so starting again with the password does not get around it.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await guesser.TryLogInAsync(user.Email, user.Password)).Status);

        app.Clock.Advance(TimeSpan.FromSeconds(3));
        var after = await guesser.SubmitAsync(mustWait, new Dictionary<string, string?> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
    }

    [Fact]
    public async Task Switching_off_and_new_recovery_codes_ask_for_the_password()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var (_, oldCodes) = await SetUpAsync(client);
        var page = await client.OpenAsync("/account/two-factor");

        var wrongPassword = await client.SubmitAsync(page, "#disable-form", new Dictionary<string, string?> { ["Disable.Password"] = "niet het wachtwoord" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongPassword.Status);
        Assert.Equal("Het wachtwoord klopt niet.", wrongPassword.FieldError("Disable_Password"));
        Assert.True(await EnabledAsync(user));

        var regenerated = await client.SubmitAsync(page, "#regenerate-form", new Dictionary<string, string?> { ["Regenerate.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.OK, regenerated.Status);
        var newCodes = regenerated.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, newCodes.Count);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await SecondStepAsync(user, oldCodes[0])).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await SecondStepAsync(user, newCodes[0])).Status);

        var download = await client.SubmitAsync(regenerated, "#download-codes", new Dictionary<string, string?>());
        Assert.Equal("text/plain", download.ContentType);
        Assert.Contains(newCodes[5], System.Text.Encoding.UTF8.GetString(download.Bytes));

        var off = await client.SubmitAsync(await client.OpenAsync("/account/two-factor"), "#disable-form", new Dictionary<string, string?> { ["Disable.Password"] = user.Password });
        Assert.Equal(HttpStatusCode.Redirect, off.Status);
        Assert.False(await EnabledAsync(user));
        // Still signed in (a fresh session), and the password alone signs in again.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).Status);
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Switching_on_ends_the_persons_other_sessions()
    {
        var user = await app.NewUserAsync();
        using var before = await app.LoggedInClientAsync(user);
        using var client = await app.LoggedInClientAsync(user);

        await SetUpAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, (await before.GetAsync("/account/profile")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).Status);
    }

    [Fact]
    public async Task An_organisation_that_requires_it_sends_members_without_it_to_the_set_up_first_and_leaves_their_other_organisations_open()
    {
        var (org, beheerder) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(org, member, OrganisationRole.Teamlid);
        var (elsewhere, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await app.AddMemberAsync(elsewhere, member, OrganisationRole.Teamlid);
        using var memberClient = await app.LoggedInClientAsync(member);
        var token = (await memberClient.OpenAsync(org.Url("/stakeholders/new"))).AntiforgeryToken;

        using (var admin = await app.LoggedInClientAsync(beheerder))
        {
            var settings = await admin.OpenAsync(org.Url("/settings"));
            var saved = await admin.SubmitAsync(settings, "#two-factor-form", new Dictionary<string, string?> { ["requireTwoFactor"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        }
        Assert.True(await app.WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.Id == org.Id).Select(o => o.RequireTwoFactor).SingleAsync()));

        var sent = await memberClient.GetAsync(org.Url("/stakeholders"));
        Assert.Equal(HttpStatusCode.SeeOther, sent.Status);
        Assert.Equal("/account/two-factor?returnUrl=" + Uri.EscapeDataString(org.Url("/stakeholders")), sent.Location);
        var audit = await app.AuditCountAsync(org);
        var post = await memberClient.PostAsync(org.Url("/stakeholders/new"), [new("__RequestVerificationToken", token), new("Input.Name", "Niet bewaard")]);
        Assert.Equal(HttpStatusCode.SeeOther, post.Status);
        Assert.Equal(audit, await app.AuditCountAsync(org));
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync(elsewhere.Url("/stakeholders"))).Status);

        var setUp = await memberClient.OpenAsync(sent.Location!);
        Assert.Contains(org.Name, setUp.Text("#two-factor-required"));
        var key = setUp.Text("#authenticator-key");
        var done = await memberClient.SubmitAsync(setUp, "#confirm-form", new Dictionary<string, string?> { ["Confirm.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, done.Status);
        Assert.Equal(org.Url("/stakeholders"), done.Document.QuerySelector("#continue")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await memberClient.GetAsync(org.Url("/stakeholders"))).Status);
    }

    [Fact]
    public async Task Only_a_beheerder_sets_the_requirement()
    {
        var (org, _) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var coordinator = await app.NewUserAsync();
        await app.AddMemberAsync(org, coordinator, OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(coordinator);
        var token = (await client.OpenAsync(org.Url("/stakeholders/new"))).AntiforgeryToken;

        var post = await client.PostAsync(org.Url("/settings?handler=TwoFactor"), [new("__RequestVerificationToken", token), new("requireTwoFactor", "true")]);

        Assert.Equal(HttpStatusCode.Forbidden, post.Status);
        Assert.False(await app.WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.Id == org.Id).Select(o => o.RequireTwoFactor).SingleAsync()));
    }

    private async Task<(string Key, List<string> Codes)> SetUpAsync(AppClient client)
    {
        var page = await client.OpenAsync("/account/two-factor");
        var key = page.Text("#authenticator-key");
        var done = await client.SubmitAsync(page, "#confirm-form", new Dictionary<string, string?> { ["Confirm.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, done.Status);
        return (key, done.Document.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList());
    }

    /// <summary>Password, then <paramref name="code"/>, in a fresh client.</summary>
    private async Task<Page> SecondStepAsync(TestUser user, string code)
    {
        using var client = app.NewClient();
        var password = await client.TryLogInAsync(user.Email, user.Password);
        Assert.StartsWith("/login/two-factor", password.Location);
        return await client.SubmitAsync(await client.OpenAsync(password.Location!), new Dictionary<string, string?> { ["Input.Code"] = code });
    }

    private Task<bool> EnabledAsync(TestUser user) =>
        app.WithDbAsync(async (db, _) => await db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync());
}
