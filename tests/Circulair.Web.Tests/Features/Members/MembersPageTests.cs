using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Members;

public sealed class MembersPageTests(SharedApp app)
{
    [Fact]
    public async Task Lists_each_member_with_name_email_and_role()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var reader = await app.NewUserAsync("Lies Lezer");
        await app.AddMemberAsync(org, reader, OrganisationRole.Lezer);
        var outsider = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(admin);

        var page = await client.OpenAsync(org.Url("/members"));

        var rows = page.Document.QuerySelectorAll("#members tbody tr");
        Assert.Equal(2, rows.Length);
        var row = page.Document.QuerySelector($"#members tr[data-membership='{await app.MembershipIdAsync(org, reader)}']")!;
        Assert.Equal("Lies Lezer", row.QuerySelector("th")!.TextContent.Trim());
        Assert.Equal(reader.Email, row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Equal("Lezer", row.QuerySelector("select option[selected]")!.TextContent.Trim());
        Assert.DoesNotContain(outsider.Email, page.MainText, StringComparison.Ordinal);
        Assert.Equal("page", page.Document.QuerySelector($"a[href='{org.Url("/members")}']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Changes_a_members_role()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(org, member, OrganisationRole.Teamlid);
        var membershipId = await app.MembershipIdAsync(org, member);
        using var client = await app.LoggedInClientAsync(admin);
        var page = await client.OpenAsync(org.Url("/members"));

        var done = await client.SubmitAsync(page, $"#role-form-{membershipId}", new Dictionary<string, string?> { ["role"] = "Coordinator" });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(org.Url("/members"), done.Location);
        Assert.Equal(OrganisationRole.Coordinator, await app.RoleOfAsync(org, member.Id));
        var after = await client.OpenAsync(done.Location!);
        Assert.Equal("De rol is gewijzigd.", after.Text(".cx-flash"));
        Assert.Equal("Coördinator", after.Text($"tr[data-membership='{membershipId}'] option[selected]"));
    }

    [Fact]
    public async Task Shows_the_last_Beheerder_rule_at_the_role_field_instead_of_failing()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var membershipId = await app.MembershipIdAsync(org, admin);
        using var client = await app.LoggedInClientAsync(admin);
        var page = await client.OpenAsync(org.Url("/members"));

        var refused = await client.SubmitAsync(page, $"#role-form-{membershipId}", new Dictionary<string, string?> { ["role"] = "Teamlid" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Er moet minstens één beheerder overblijven.", refused.FieldError($"role-{membershipId}"));
        Assert.Equal($"#role-{membershipId}", refused.Document.QuerySelector(".cx-error-summary a")!.GetAttribute("href"));
        Assert.Equal(OrganisationRole.Beheerder, await app.RoleOfAsync(org, admin.Id));
    }

    [Fact]
    public async Task Refuses_a_value_that_is_not_a_role_at_the_role_field()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(org, member, OrganisationRole.Teamlid);
        var membershipId = await app.MembershipIdAsync(org, member);
        using var client = await app.LoggedInClientAsync(admin);
        var page = await client.OpenAsync(org.Url("/members"));

        var refused = await client.SubmitAsync(page, $"#role-form-{membershipId}", new Dictionary<string, string?> { ["role"] = "99" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een rol.", refused.FieldError($"role-{membershipId}"));
        Assert.Equal(OrganisationRole.Teamlid, await app.RoleOfAsync(org, member.Id));
    }

    [Fact]
    public async Task A_Beheerder_may_step_down_while_another_remains_and_then_loses_the_members_page()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var other = await app.NewUserAsync();
        await app.AddMemberAsync(org, other, OrganisationRole.Beheerder);
        var membershipId = await app.MembershipIdAsync(org, admin);
        using var client = await app.LoggedInClientAsync(admin);
        var page = await client.OpenAsync(org.Url("/members"));

        var done = await client.SubmitAsync(page, $"#role-form-{membershipId}", new Dictionary<string, string?> { ["role"] = "Coordinator" });

        Assert.Equal(org.Url(), done.Location);
        Assert.Equal(OrganisationRole.Coordinator, await app.RoleOfAsync(org, admin.Id));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(org.Url("/members"))).Status);
    }

    [Fact]
    public async Task Removes_a_member_after_confirmation_and_the_person_keeps_their_account_and_other_organisations()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var (otherOrg, member) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        await app.AddMemberAsync(org, member, OrganisationRole.Coordinator);
        var membershipId = await app.MembershipIdAsync(org, member);
        using var client = await app.LoggedInClientAsync(admin);
        var list = await client.OpenAsync(org.Url("/members"));
        var link = list.Document.QuerySelector($"tr[data-membership='{membershipId}'] a[href$='/remove']")!.GetAttribute("href")!;

        var confirm = await client.OpenAsync(link);
        Assert.Contains(member.Name, confirm.Text(".cx-lead"), StringComparison.Ordinal);
        Assert.Contains(member.Email, confirm.Text(".cx-lead"), StringComparison.Ordinal);
        var done = await client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal(org.Url("/members"), done.Location);
        Assert.Null(await app.RoleOfAsync(org, member.Id));
        Assert.Equal(OrganisationRole.Teamlid, await app.RoleOfAsync(otherOrg, member.Id));
        Assert.True(await app.CanLogInAsync(member.Email, member.Password));
        Assert.DoesNotContain(member.Email, (await client.OpenAsync(org.Url("/members"))).Text("#members"), StringComparison.Ordinal);
        using var removed = await app.LoggedInClientAsync(member);
        Assert.Equal(HttpStatusCode.NotFound, (await removed.GetAsync(org.Url())).Status);
    }

    [Fact]
    public async Task Refuses_to_remove_the_last_Beheerder_with_a_message_not_a_crash()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var membershipId = await app.MembershipIdAsync(org, admin);
        using var client = await app.LoggedInClientAsync(admin);

        var confirm = await client.OpenAsync(org.Url($"/members/{membershipId}/remove"));
        var forged = await client.PostAsync(org.Url($"/members/{membershipId}/remove"), [new("__RequestVerificationToken", confirm.AntiforgeryToken)]);

        Assert.Equal("Er moet minstens één beheerder overblijven.", confirm.Text("#remove-refused"));
        Assert.Null(confirm.Document.QuerySelector("main button[type=submit]"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.Status);
        Assert.Contains("Er moet minstens één beheerder overblijven.", forged.ErrorSummary);
        Assert.Equal(OrganisationRole.Beheerder, await app.RoleOfAsync(org, admin.Id));
    }

    [Fact]
    public async Task Shows_each_invitation_as_open_used_expired_or_revoked()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var open = await app.NewInvitationAsync(org, admin, OrganisationRole.Lezer);
        var expired = await app.NewInvitationAsync(org, admin, sentAt: now.AddDays(-8));
        var used = await app.NewInvitationAsync(org, admin);
        var revoked = await app.NewInvitationAsync(org, admin);
        await app.WithDbAsync(async db =>
        {
            (await db.Invitations.SingleAsync(i => i.Id == used.Id)).Accept(admin.Id, now);
            (await db.Invitations.SingleAsync(i => i.Id == revoked.Id)).Revoke(now);
            await db.SaveChangesAsync();
        });
        using var client = await app.LoggedInClientAsync(admin);

        var page = await client.OpenAsync(org.Url("/members"));

        string State(TestInvitation i) => page.Text($"tr[data-invitation='{i.Id}'] [data-state]");
        Assert.Equal(("Open", "Verlopen", "Gebruikt", "Ingetrokken"), (State(open), State(expired), State(used), State(revoked)));
        Assert.Equal(open.Email, page.Text($"tr[data-invitation='{open.Id}'] th"));
        Assert.Contains("Lezer", page.Text($"tr[data-invitation='{open.Id}']"), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($"#revoke-form-{open.Id}"));
        Assert.Null(page.Document.QuerySelector($"#revoke-form-{expired.Id}"));
        Assert.NotNull(page.Document.QuerySelector($"#resend-form-{expired.Id}"));
        Assert.Null(page.Document.QuerySelector($"#resend-form-{used.Id}"));
    }

    [Fact]
    public async Task Revokes_an_open_invitation_and_its_link_stops_working()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin);
        using var client = await app.LoggedInClientAsync(admin);
        var page = await client.OpenAsync(org.Url("/members"));

        var done = await client.SubmitAsync(page, $"#revoke-form-{invitation.Id}", new Dictionary<string, string?>());

        Assert.Equal(org.Url("/members"), done.Location);
        Assert.Equal(InvitationState.Revoked, (await app.InvitationAsync(invitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
        using var invitee = app.NewClient();
        var closed = await invitee.GetAsync(invitation.Url);
        Assert.Equal(HttpStatusCode.Gone, closed.Status);
        Assert.Equal("Revoked", closed.Document.QuerySelector("#invitation-closed")!.GetAttribute("data-state"));
    }

    [Fact]
    public async Task Sends_an_invitation_again_with_a_new_link_and_the_old_link_stops_working()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitation = await app.NewInvitationAsync(org, admin, OrganisationRole.Coordinator, sentAt: app.Clock.GetUtcNow().UtcDateTime.AddDays(-8));
        using var client = await app.LoggedInClientAsync(admin);
        var page = await client.OpenAsync(org.Url("/members"));

        var done = await client.SubmitAsync(page, $"#resend-form-{invitation.Id}", new Dictionary<string, string?>());

        Assert.Equal(org.Url("/members"), done.Location);
        var mail = app.Mailbox.LatestTo(invitation.Email);
        var link = Mailbox.LinkIn(mail, "/invitations/");
        Assert.NotEqual(invitation.Url, link);
        using var invitee = app.NewClient();
        Assert.Equal(HttpStatusCode.Gone, (await invitee.GetAsync(invitation.Url)).Status);
        var fresh = await invitee.OpenAsync(link);
        Assert.Contains("Coördinator", fresh.Text(".cx-lead"), StringComparison.Ordinal);
        var list = await client.OpenAsync(org.Url("/members"));
        Assert.Equal("De uitnodiging is opnieuw verstuurd met een nieuwe link. De vorige link werkt niet meer.", list.Text(".cx-flash"));
        var rows = list.Document.QuerySelectorAll("#invitations tbody tr");
        Assert.Single(rows);
        Assert.Equal("Open", rows[0].QuerySelector("[data-state]")!.TextContent.Trim());
    }
}
