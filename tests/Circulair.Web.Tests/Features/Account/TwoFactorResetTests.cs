using System.Net;
using Circulair.Audit;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>
/// A platform administrator resets the second factor of a person who lost phone and recovery codes (decisions 0243 and
/// 0245), after a confirmation page; the reset ends that person's sessions and is in the history of each of their
/// organisations. Nobody else can reach the page, not even a Beheerder.
/// </summary>
public sealed class TwoFactorResetTests(TwoFactorApp app) : IClassFixture<TwoFactorApp>
{
    [Fact]
    public async Task A_platform_administrator_resets_a_persons_two_factor_sign_in_after_confirming_and_it_is_audited()
    {
        var (org, person) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using var personClient = await app.LoggedInClientAsync(person);
        await SetUpTwoFactorAsync(personClient);
        Assert.True(await EnabledAsync(person));
        var admin = await app.NewUserAsync(platformAdministrator: true);
        using var adminClient = await app.LoggedInClientAsync(admin);

        // Found by e-mail address: the confirmation shows who it is and what will happen; nothing changed yet.
        var found = await adminClient.OpenAsync($"/admin/two-factor?Input.Email={Uri.EscapeDataString(person.Email.ToUpperInvariant())}");
        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Contains(person.Name, found.Text("#person-title"));
        Assert.Equal("on", found.Document.QuerySelector("[data-two-factor]")?.GetAttribute("data-two-factor"));
        Assert.Contains(org.Name, found.Text("#person"));
        Assert.NotNull(found.Document.QuerySelector("#reset-form button"));
        Assert.True(await EnabledAsync(person));

        var done = await adminClient.SubmitAsync(found, "#reset-form", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.False(await EnabledAsync(person));
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.UserTokens.CountAsync(t => t.UserId == person.Id)));
        var after = await adminClient.OpenAsync(done.Location!);
        Assert.Equal("off", after.Document.QuerySelector("[data-two-factor]")?.GetAttribute("data-two-factor"));
        Assert.Null(after.Document.QuerySelector("#reset-form"));
        // The person's sessions ended; the password alone signs them in again, without a second step.
        var old = await personClient.GetAsync(org.Url("/stakeholders"));
        Assert.Equal(HttpStatusCode.Redirect, old.Status);
        Assert.Contains("/login", old.Location);
        using var again = app.NewClient();
        var login = await again.TryLogInAsync(person.Email, person.Password);
        Assert.Equal(HttpStatusCode.Redirect, login.Status);
        Assert.DoesNotContain("two-factor", login.Location);
        // In the organisation's history: who reset whose second factor.
        var entry = await app.WithDbAsync((db, _) => db.AuditEntries.SingleAsync(e => e.OrganisationId == org.Id && e.Field == "MemberTwoFactorReset"));
        Assert.Equal(admin.Id, entry.UserId);
        Assert.Equal(nameof(Organisation), entry.EntityType);
        Assert.Contains(person.Email, entry.OldValue);
        Assert.True(entry.IsPersonal);
        Assert.Equal(AuditAction.Modified, entry.Action);
    }

    [Theory]
    [InlineData(OrganisationRole.Lezer)]
    [InlineData(OrganisationRole.Coordinator)]
    [InlineData(OrganisationRole.Beheerder)]
    public async Task Nobody_but_a_platform_administrator_can_reach_the_reset(OrganisationRole role)
    {
        var (org, person) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        using (var personClient = await app.LoggedInClientAsync(person))
        {
            await SetUpTwoFactorAsync(personClient);
        }
        var other = await app.NewUserAsync();
        await app.AddMemberAsync(org, other, role);
        using var client = await app.LoggedInClientAsync(other);
        var before = await app.AuditCountAsync(org);

        var page = await client.GetAsync($"/admin/two-factor?Input.Email={Uri.EscapeDataString(person.Email)}");
        var token = (await client.OpenAsync("/account/profile")).AntiforgeryToken;
        var post = await client.PostAsync("/admin/two-factor", [new("Input.Email", person.Email), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.True(await EnabledAsync(person));
        Assert.Equal(before, await app.AuditCountAsync(org));
    }

    [Fact]
    public async Task An_unknown_address_or_a_person_without_two_factor_gets_a_message_and_nothing_changes()
    {
        var admin = await app.NewUserAsync(platformAdministrator: true);
        var plain = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(admin);

        var unknown = await client.OpenAsync("/admin/two-factor?Input.Email=niemand%40example.test");
        Assert.Equal(["Er is geen account met dit e-mailadres."], unknown.ErrorSummary);
        Assert.Equal("niemand@example.test", unknown.ValueOf("Input_Email"));

        var off = await client.OpenAsync($"/admin/two-factor?Input.Email={Uri.EscapeDataString(plain.Email)}");
        Assert.Equal("off", off.Document.QuerySelector("[data-two-factor]")?.GetAttribute("data-two-factor"));
        Assert.Null(off.Document.QuerySelector("#reset-form"));
        var token = (await client.OpenAsync("/account/profile")).AntiforgeryToken;
        var forced = await client.PostAsync("/admin/two-factor", [new("Input.Email", plain.Email), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forced.Status);
        Assert.Contains(forced.ErrorSummary, e => e.Contains("niets te resetten", StringComparison.Ordinal));
        Assert.True(await app.CanLogInAsync(plain.Email, plain.Password));
    }

    private static async Task SetUpTwoFactorAsync(AppClient client)
    {
        var page = await client.OpenAsync("/account/two-factor");
        var key = page.Text("#authenticator-key");
        var done = await client.SubmitAsync(page, "#confirm-form", new Dictionary<string, string?> { ["Confirm.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.OK, done.Status);
    }

    private Task<bool> EnabledAsync(TestUser user) =>
        app.WithDbAsync(async (db, _) => await db.Users.Where(u => u.Id == user.Id).Select(u => u.TwoFactorEnabled).SingleAsync());
}
