using System.Net;

namespace Circulair.Web.Tests.Platform;

/// <summary>An app with low limits, so the limits can be reached in a test.</summary>
public sealed class StrictApp : CirculairFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:LoginPerMinute"] = "3",
        ["RateLimits:ApiPerMinute"] = "3",
    };

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await this.NewUserAsync(); // setup is done, so /login is reachable
    }
}

public sealed class RateLimitTests(StrictApp app) : IClassFixture<StrictApp>
{
    [Fact]
    public async Task Log_in_attempts_beyond_the_limit_answer_429_with_a_Dutch_page_and_reading_stays_possible()
    {
        using var client = app.NewClient();
        var login = await client.OpenAsync("/login");
        var attempt = new Dictionary<string, string?> { ["Input.Email"] = "niemand@example.test", ["Input.Password"] = "fout wachtwoord" };

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await client.SubmitAsync(login, attempt)).Status);
        }
        var refused = await client.SubmitAsync(login, attempt);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("Te veel pogingen", refused.Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).Status);
    }
}
