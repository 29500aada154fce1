using System.Net;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>
/// Five failed log-ins lock an account for 15 minutes. The lockout follows the app's TimeProvider (see
/// CirculairUserManager), so the test moves the fake clock: on an app of its own, because moving the clock of
/// the shared app would disturb other tests.
/// </summary>
public sealed class LockoutTests(SharedApp app)
{
    private const string Locked = "tijdelijk geblokkeerd";

    [Fact]
    public async Task Locks_after_five_failures_refuses_the_right_password_meanwhile_and_opens_after_fifteen_minutes()
    {
        await using var own = new CirculairFactory();
        await own.InitializeAsync();
        var user = await own.NewUserAsync();
        using var client = own.NewClient();

        for (var i = 1; i <= 4; i++)
        {
            var failed = await client.TryLogInAsync(user.Email, "fout wachtwoord " + i);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, failed.Status);
            Assert.Equal("Het e-mailadres of het wachtwoord klopt niet.", failed.FieldError("Input_Email"));
        }
        var fifth = await client.TryLogInAsync(user.Email, "fout wachtwoord 5");
        var rightButLocked = await client.TryLogInAsync(user.Email, user.Password);
        own.Clock.Advance(TimeSpan.FromMinutes(14));
        var stillLocked = await client.TryLogInAsync(user.Email, user.Password);
        own.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var open = await client.TryLogInAsync(user.Email, user.Password);

        Assert.Contains(Locked, fifth.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rightButLocked.Status);
        Assert.Contains(Locked, rightButLocked.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Contains(Locked, stillLocked.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, open.Status);
    }

    [Fact]
    public async Task Choosing_a_new_password_lifts_the_lockout()
    {
        var user = await app.NewUserAsync();
        using var client = app.NewClient();
        for (var i = 1; i <= 5; i++)
        {
            await client.TryLogInAsync(user.Email, "fout wachtwoord " + i);
        }
        Assert.Contains(Locked, (await client.TryLogInAsync(user.Email, user.Password)).FieldError("Input_Email"), StringComparison.Ordinal);

        var link = await app.RequestResetLinkAsync(user.Email);
        var form = await client.OpenAsync(link);
        await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Password"] = "een nieuwe zin als wachtwoord",
            ["Input.ConfirmPassword"] = "een nieuwe zin als wachtwoord",
        });

        Assert.True(await app.CanLogInAsync(user.Email, "een nieuwe zin als wachtwoord"));
    }
}
