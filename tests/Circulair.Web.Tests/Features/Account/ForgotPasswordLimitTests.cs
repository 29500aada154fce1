using System.Net;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>The forgotten-password form shares the log-in rate limit. Its own app, with a limit of 3 per minute.</summary>
public sealed class ForgotPasswordLimitTests
{
    private sealed class LowLimitApp : CirculairFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["RateLimits:LoginPerMinute"] = "3" };
    }

    [Fact]
    public async Task Refuses_the_fourth_request_within_a_minute_and_sends_no_fourth_mail()
    {
        await using var app = new LowLimitApp();
        await app.InitializeAsync();
        var user = await app.NewUserAsync();
        using var client = app.NewClient();
        var form = await client.OpenAsync("/account/forgot-password");
        var values = new Dictionary<string, string?> { ["Input.Email"] = user.Email };

        var answers = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add((await client.SubmitAsync(form, values)).Status);
        }
        var fourth = await client.SubmitAsync(form, values);

        Assert.All(answers, s => Assert.Equal(HttpStatusCode.Redirect, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.Status);
        Assert.Equal("Te veel pogingen", fourth.Text("h1"));
        Assert.Equal(3, app.Mailbox.To(user.Email).Count);
    }
}
