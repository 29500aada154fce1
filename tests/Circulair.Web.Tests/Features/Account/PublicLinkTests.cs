using Circulair.Organisations;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>With Circulair:PublicUrl set, mail links start from it instead of the request's host. Its own app.</summary>
public sealed class PublicLinkTests
{
    private sealed class PublicUrlApp : CirculairFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Circulair:PublicUrl"] = "https://circulair.gemeente.example/" };
    }

    [Fact]
    public async Task Reset_and_invitation_links_start_from_the_configured_public_address()
    {
        await using var app = new PublicUrlApp();
        await app.InitializeAsync();
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        var invitee = Scenario.Unique("invitee") + "@example.test";

        await app.RequestResetLinkAsync(admin.Email);
        using var client = await app.LoggedInClientAsync(admin);
        await client.SubmitAsync(await client.OpenAsync(org.Url("/members/invite")), new Dictionary<string, string?> { ["Input.Email"] = invitee });

        Assert.Contains("https://circulair.gemeente.example/account/reset-password?email=", app.Mailbox.LatestTo(admin.Email).TextBody, StringComparison.Ordinal);
        Assert.Contains("https://circulair.gemeente.example/invitations/", app.Mailbox.LatestTo(invitee).TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("localhost", app.Mailbox.LatestTo(invitee).TextBody, StringComparison.Ordinal);
    }
}
