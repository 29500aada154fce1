using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Members;

public sealed class InviteTests(SharedApp app)
{
    private static Dictionary<string, string?> Form(string email, string? role = "Teamlid") => new()
    {
        ["Input.Email"] = email,
        ["Input.Role"] = role,
    };

    [Fact]
    public async Task Mails_a_Dutch_invitation_with_a_link_and_lists_it_as_open()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var email = Scenario.Unique("nieuw") + "@example.test";
        using var client = await app.LoggedInClientAsync(admin);
        var members = await client.OpenAsync(org.Url("/members"));
        var form = await client.OpenAsync(members.Document.QuerySelector($"a[href='{org.Url("/members/invite")}']")!.GetAttribute("href")!);
        Assert.Equal("Teamlid", form.Document.QuerySelector("input[name='Input.Role'][checked]")!.GetAttribute("value"));

        var sent = await client.SubmitAsync(form, Form(email, "Coordinator"));

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(org.Url("/members"), sent.Location);
        var mail = app.Mailbox.LatestTo(email);
        Assert.Equal($"Uitnodiging voor {org.Name} in Circulair", mail.Subject);
        Assert.Contains($"{admin.Name} nodigt je uit om als Coördinator mee te werken", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/invitations/", mail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("/invitations/", Mailbox.LinkIn(mail, "/invitations/"), StringComparison.Ordinal);
        var list = await client.OpenAsync(org.Url("/members"));
        Assert.Equal("De uitnodiging is verstuurd. De link werkt 7 dagen.", list.Text(".cx-flash"));
        var row = list.Document.QuerySelectorAll("#invitations tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == email);
        Assert.Equal("Open", row.QuerySelector("[data-state]")!.TextContent.Trim());
        Assert.Contains(admin.Name, row.TextContent, StringComparison.Ordinal);
        var stored = await app.WithDbAsync((db, _) => db.Invitations.AsNoTracking().SingleAsync(i => i.OrganisationId == org.Id));
        Assert.Equal((email, OrganisationRole.Coordinator, admin.Id), (stored.Email, stored.Role, stored.InvitedByUserId));
        Assert.DoesNotContain(Mailbox.LinkIn(mail, "/invitations/")["/invitations/".Length..], stored.TokenHash, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Writes_the_invitation_in_English_for_someone_whose_account_is_in_English()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var facilitator = await app.NewUserAsync(language: "en");
        using var client = await app.LoggedInClientAsync(admin);

        await client.SubmitAsync(await client.OpenAsync(org.Url("/members/invite")), Form(facilitator.Email, "Coordinator"));

        var mail = app.Mailbox.LatestTo(facilitator.Email);
        Assert.Equal($"Invitation to {org.Name} in Circulair", mail.Subject);
        Assert.Contains("with the role Coordinator", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_so_when_the_address_already_belongs_to_a_member()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var member = await app.NewUserAsync();
        await app.AddMemberAsync(org, member, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(org.Url("/members/invite"));
        var typed = member.Email.ToUpperInvariant();

        var refused = await client.SubmitAsync(form, Form(typed));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith($"{member.Email} is al lid van deze organisatie.", refused.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal(typed, refused.ValueOf("Input_Email"));
        Assert.Empty(app.Mailbox.To(member.Email));
        Assert.False(await app.WithDbAsync((db, _) => db.Invitations.AnyAsync(i => i.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task Replaces_an_open_invitation_for_the_same_address_and_says_so()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var email = Scenario.Unique("twee") + "@example.test";
        using var client = await app.LoggedInClientAsync(admin);
        await client.SubmitAsync(await client.OpenAsync(org.Url("/members/invite")), Form(email, "Lezer"));
        var firstLink = Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/invitations/");

        var second = await client.SubmitAsync(await client.OpenAsync(org.Url("/members/invite")), Form(" " + email.ToUpperInvariant() + " ", "Coordinator"));

        var list = await client.OpenAsync(second.Location!);
        Assert.Contains("die is vervangen, de vorige link werkt niet meer", list.Text(".cx-flash"), StringComparison.Ordinal);
        var row = Assert.Single(list.Document.QuerySelectorAll("#invitations tbody tr"));
        Assert.Contains("Coördinator", row.TextContent, StringComparison.Ordinal);
        var secondLink = Mailbox.LinkIn(app.Mailbox.LatestTo(email), "/invitations/");
        Assert.NotEqual(firstLink, secondLink);
        using var invitee = app.NewClient();
        var old = await invitee.GetAsync(firstLink);
        Assert.Equal(HttpStatusCode.Gone, old.Status);
        Assert.Contains("vervangen door een nieuwere", old.Text("#invitation-closed"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync(secondLink)).Status);
    }

    [Fact]
    public async Task Keeps_the_answers_and_explains_a_bad_address_or_role()
    {
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(org.Url("/members/invite"));

        var badAddress = await client.SubmitAsync(form, Form("geen-adres", "Lezer"));
        var spaces = await client.SubmitAsync(form, Form("an peeters@example.test", "Lezer"));
        var noRole = await client.SubmitAsync(form, Form("ok@example.test", null));
        var unknownRole = await client.SubmitAsync(form, Form("ok@example.test", "Eigenaar"));
        var empty = await client.SubmitAsync(form, Form("", "Lezer"));

        Assert.All(new[] { badAddress, spaces, noRole, unknownRole, empty }, p => Assert.Equal(HttpStatusCode.UnprocessableEntity, p.Status));
        Assert.StartsWith("Fout:", badAddress.Title, StringComparison.Ordinal);
        Assert.Contains("geldig e-mailadres", badAddress.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal("geen-adres", badAddress.ValueOf("Input_Email"));
        Assert.NotNull(badAddress.Document.QuerySelector("input[name='Input.Role'][value='Lezer'][checked]"));
        Assert.Contains("geldig e-mailadres", spaces.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal("Kies een rol.", noRole.FieldError("Input_Role"));
        Assert.Equal("ok@example.test", noRole.ValueOf("Input_Email"));
        Assert.NotNull(unknownRole.FieldError("Input_Role"));
        Assert.Equal("Vul het e-mailadres in van wie je wilt uitnodigen.", empty.FieldError("Input_Email"));
        Assert.False(await app.WithDbAsync((db, _) => db.Invitations.AnyAsync(i => i.OrganisationId == org.Id)));
    }
}
