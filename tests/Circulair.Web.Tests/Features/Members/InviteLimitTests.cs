using System.Net;
using Circulair.Organisations;

namespace Circulair.Web.Tests.Features.Members;

/// <summary>Sending invitations is rate limited (the Invitations policy). Its own app, with a limit of 2 per hour.</summary>
public sealed class InviteLimitTests
{
    private sealed class LowLimitApp : CirculairFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:InvitationsPerHour"] = "2" };
    }

    [Fact]
    public async Task Refuses_the_third_invitation_within_the_hour_and_sends_no_mail_for_it()
    {
        await using var app = new LowLimitApp();
        await app.InitializeAsync();
        var (org, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(org.Url("/members/invite"));
        var emails = Enumerable.Range(1, 3).Select(i => Scenario.Unique($"i{i}") + "@example.test").ToList();

        var first = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = emails[0] });
        var second = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = emails[1] });
        var third = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = emails[2] });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.Status, second.Status));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.Status);
        Assert.Single(app.Mailbox.To(emails[1]));
        Assert.Empty(app.Mailbox.To(emails[2]));
    }
}
