using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>
/// An app of its own (the tests move its clock) where a test header stands in for the client's address, so that
/// clients at different addresses can be told apart, with a low per-client limit.
/// </summary>
public sealed class ThrottleApp : CirculairFactory
{
    public const string ClientHeader = "X-Test-Client-Address";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Security:SignInFailuresPerClient"] = "8",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    public AppClient ClientAt(string address)
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((http, rest) =>
            {
                if (http.Request.Headers.TryGetValue(ClientHeader, out var address))
                {
                    http.Connection.RemoteIpAddress = IPAddress.Parse(address.ToString());
                }
                return rest(http);
            });
            next(app);
        };
    }
}

/// <summary>
/// Failed sign-ins slow down the client that makes them, with growing waits, instead of locking the account: a
/// stranger cannot lock anyone out, and the answer never tells whether an account exists or is being guessed at.
/// </summary>
public sealed class SignInThrottleTests(ThrottleApp app) : IClassFixture<ThrottleApp>
{
    private const string Failed = "Het e-mailadres of het wachtwoord klopt niet.";

    [Fact]
    public async Task An_unknown_address_a_wrong_password_and_a_client_that_must_wait_get_the_same_answer()
    {
        var user = await app.NewUserAsync();
        using var client = app.ClientAt("192.0.2.10");

        var unknown = await client.TryLogInAsync(Scenario.Unique("niemand") + "@example.org", "een of ander wachtwoord");
        var wrong = await client.TryLogInAsync(user.Email, "fout wachtwoord 1");
        await client.TryLogInAsync(user.Email, "fout wachtwoord 2");
        await client.TryLogInAsync(user.Email, "fout wachtwoord 3");
        var mustWait = await client.TryLogInAsync(user.Email, user.Password);

        foreach (var answer in new[] { unknown, wrong, mustWait })
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.Status);
            Assert.Equal(Failed, answer.FieldError("Input_Email"));
            Assert.Equal([Failed], answer.ErrorSummary);
        }
        Assert.Equal(unknown.Text("main"), wrong.Text("main"));
        Assert.Equal(wrong.Text("main"), mustWait.Text("main"));
    }

    [Fact]
    public async Task Twenty_failures_by_a_stranger_elsewhere_do_not_stop_the_owner_signing_in()
    {
        var user = await app.NewUserAsync();
        using var stranger = app.ClientAt("203.0.113.66");
        using var owner = app.ClientAt("198.51.100.20");

        for (var i = 1; i <= 20; i++)
        {
            await stranger.TryLogInAsync(user.Email, "geraden wachtwoord " + i);
        }
        var signedIn = await owner.TryLogInAsync(user.Email, user.Password);
        var strangerWithTheRightPassword = await stranger.TryLogInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, strangerWithTheRightPassword.Status);
        Assert.Equal(Failed, strangerWithTheRightPassword.FieldError("Input_Email"));
    }

    [Fact]
    public async Task After_three_failures_a_client_waits_one_second_then_two_before_it_may_try_again()
    {
        var user = await app.NewUserAsync();
        using var client = app.ClientAt("192.0.2.20");
        for (var i = 1; i <= 3; i++)
        {
            await client.TryLogInAsync(user.Email, "fout wachtwoord " + i);
        }

        var waitingOneSecond = await client.TryLogInAsync(user.Email, user.Password);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var fourthFailure = await client.TryLogInAsync(user.Email, "fout wachtwoord 4");
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var waitingTwoSeconds = await client.TryLogInAsync(user.Email, user.Password);
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var afterTwoSeconds = await client.TryLogInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, waitingOneSecond.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fourthFailure.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, waitingTwoSeconds.Status);
        Assert.Equal(HttpStatusCode.Redirect, afterTwoSeconds.Status);
    }

    [Fact]
    public async Task A_client_failing_for_many_addresses_waits_for_every_account_while_others_sign_in()
    {
        var user = await app.NewUserAsync();
        using var guesser = app.ClientAt("203.0.113.77");
        using var colleague = app.ClientAt("198.51.100.30");
        for (var i = 1; i <= 8; i++)
        {
            await guesser.TryLogInAsync(Scenario.Unique("gok") + "@example.org", "wachtwoord " + i);
        }

        var guesserWithARightPassword = await guesser.TryLogInAsync(user.Email, user.Password);
        var colleagueSignsIn = await colleague.TryLogInAsync(user.Email, user.Password);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, guesserWithARightPassword.Status);
        Assert.Equal(Failed, guesserWithARightPassword.FieldError("Input_Email"));
        Assert.Equal(HttpStatusCode.Redirect, colleagueSignsIn.Status);
    }

    [Fact]
    public async Task Choosing_a_new_password_lets_the_client_sign_in_at_once()
    {
        var user = await app.NewUserAsync();
        using var client = app.ClientAt("192.0.2.30");
        for (var i = 1; i <= 5; i++)
        {
            await client.TryLogInAsync(user.Email, "fout wachtwoord " + i);
        }

        var link = await app.RequestResetLinkAsync(user.Email);
        var form = await client.OpenAsync(link);
        await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Password"] = "een nieuwe zin als wachtwoord",
            ["Input.ConfirmPassword"] = "een nieuwe zin als wachtwoord",
        });
        var signedIn = await client.TryLogInAsync(user.Email, "een nieuwe zin als wachtwoord");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
    }
}
