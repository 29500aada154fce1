using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Members;

/// <summary>Only a Beheerder manages members, on every GET and every POST; other organisations stay invisible (404).</summary>
public sealed class MembersAccessTests(SharedApp app)
{
    [Fact]
    public async Task A_Teamlid_gets_403_on_every_members_page_and_every_post()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var teamlid = await app.NewUserAsync();
        await app.AddMemberAsync(org, teamlid, OrganisationRole.Teamlid);
        var adminMembership = await app.MembershipIdAsync(org, admin);
        var invitation = await app.NewInvitationAsync(org, admin);
        using var client = await app.LoggedInClientAsync(teamlid);
        // A valid antiforgery token for this person, so only the role check can refuse the posts.
        var token = (await client.OpenAsync("/account/profile")).AntiforgeryToken;
        KeyValuePair<string, string> Field(string name, object value) => new(name, value.ToString()!);
        var victim = Scenario.Unique("victim") + "@example.test";

        var gets = new[] { "/members", "/members/invite", $"/members/{adminMembership}/remove" };
        foreach (var path in gets)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(org.Url(path))).Status);
        }
        var posts = new (string Path, KeyValuePair<string, string>[] Fields)[]
        {
            ("/members?handler=Role", [Field("membershipId", adminMembership), Field("role", "Lezer")]),
            ("/members?handler=Revoke", [Field("invitationId", invitation.Id)]),
            ("/members/invite", [Field("Input.Email", victim), Field("Input.Role", "Beheerder")]),
            ("/members/invite?handler=Resend", [Field("invitationId", invitation.Id)]),
            ($"/members/{adminMembership}/remove", []),
        };
        foreach (var (path, fields) in posts)
        {
            var answer = await client.PostAsync(org.Url(path), [.. fields, Field("__RequestVerificationToken", token)]);
            Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        }

        Assert.Equal(OrganisationRole.Beheerder, await app.RoleOfAsync(org, admin.Id));
        Assert.Equal(InvitationState.Open, (await app.InvitationAsync(invitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Empty(app.Mailbox.To(victim));
        Assert.Empty(app.Mailbox.To(invitation.Email));
    }

    [Fact]
    public async Task A_member_of_another_organisation_gets_404()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var (_, stranger) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var adminMembership = await app.MembershipIdAsync(org, admin);
        using var client = await app.LoggedInClientAsync(stranger);
        var token = (await client.OpenAsync("/account/profile")).AntiforgeryToken;

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(org.Url("/members"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(org.Url("/members/invite"))).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(org.Url($"/members/{adminMembership}/remove"))).Status);
        var post = await client.PostAsync(org.Url("/members?handler=Role"),
            [new("membershipId", adminMembership.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("role", "Lezer"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(OrganisationRole.Beheerder, await app.RoleOfAsync(org, admin.Id));
    }

    [Fact]
    public async Task A_Beheerder_cannot_reach_members_or_invitations_of_another_organisation_through_their_ids()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var (otherOrg, otherAdmin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var otherMember = await app.NewUserAsync();
        await app.AddMemberAsync(otherOrg, otherMember, OrganisationRole.Teamlid);
        var foreignMembership = (await app.MembershipIdAsync(otherOrg, otherMember)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var foreignInvitation = await app.NewInvitationAsync(otherOrg, otherAdmin);
        var foreignInvitationId = foreignInvitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var client = await app.LoggedInClientAsync(admin);
        var token = (await client.OpenAsync(org.Url("/members"))).AntiforgeryToken;

        var answers = new[]
        {
            await client.GetAsync(org.Url($"/members/{foreignMembership}/remove")),
            await client.PostAsync(org.Url($"/members/{foreignMembership}/remove"), [new("__RequestVerificationToken", token)]),
            await client.PostAsync(org.Url("/members?handler=Role"), [new("membershipId", foreignMembership), new("role", "Lezer"), new("__RequestVerificationToken", token)]),
            await client.PostAsync(org.Url("/members?handler=Revoke"), [new("invitationId", foreignInvitationId), new("__RequestVerificationToken", token)]),
            await client.PostAsync(org.Url("/members/invite?handler=Resend"), [new("invitationId", foreignInvitationId), new("__RequestVerificationToken", token)]),
        };

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.NotFound, a.Status));
        Assert.Equal(OrganisationRole.Teamlid, await app.RoleOfAsync(otherOrg, otherMember.Id));
        Assert.Equal(InvitationState.Open, (await app.InvitationAsync(foreignInvitation.Id)).StateAt(app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(1, await app.WithDbAsync((db, _) => db.Invitations.CountAsync(i => i.OrganisationId == otherOrg.Id)));
    }
}
