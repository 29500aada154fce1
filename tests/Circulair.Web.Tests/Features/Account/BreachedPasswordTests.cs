using System.Net;
using Circulair.Accounts;
using Circulair.Web.Platform.Security.Passwords;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Account;

/// <summary>Issue 12 item 3: passwords from the shipped breached-password list are refused, with a Dutch message, wherever a password is chosen.</summary>
public sealed class BreachedPasswordTests(SharedApp app)
{
    private const string Message = "Dit wachtwoord staat in een lijst van wachtwoorden die bij datalekken uitgelekt zijn";

    [Fact]
    public void The_shipped_list_holds_the_common_breached_passwords_the_length_rule_lets_through()
    {
        Assert.True(BreachedPasswords.Count > 1_000);
        Assert.True(BreachedPasswords.Contains("qwertyuiop"));
        Assert.True(BreachedPasswords.Contains("Password123")); // case does not matter
        Assert.True(BreachedPasswords.Contains("wachtwoord123"));
        Assert.False(BreachedPasswords.Contains("een nieuwe zin als wachtwoord"));
    }

    [Fact]
    public async Task A_password_change_to_a_breached_password_is_refused_at_the_field()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/password");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.CurrentPassword"] = user.Password,
            ["Input.NewPassword"] = "Password123",
            ["Input.ConfirmPassword"] = "Password123",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Contains(Message, refused.FieldError("Input_NewPassword"), StringComparison.Ordinal);
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task A_reset_to_a_breached_password_is_refused()
    {
        var user = await app.NewUserAsync();
        using var client = app.NewClient();
        var form = await client.OpenAsync("/account/forgot-password");
        await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = user.Email });
        var reset = await client.OpenAsync(Mailbox.LinkIn(app.Mailbox.LatestTo(user.Email), "/account/reset-password"));

        var refused = await client.SubmitAsync(reset, new Dictionary<string, string?> { ["Input.Password"] = "1234567890", ["Input.ConfirmPassword"] = "1234567890" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(Message, string.Join(" ", refused.ErrorSummary), StringComparison.Ordinal);
        Assert.False(await app.CanLogInAsync(user.Email, "1234567890"));
    }

    [Fact]
    public async Task A_new_account_with_a_breached_password_is_not_created()
    {
        var result = await app.WithDbAsync(async (_, sp) =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var email = Scenario.Unique("nieuw") + "@example.test";
            return await users.CreateAsync(new AppUser { UserName = email, Email = email, DisplayName = "Nieuw" }, "welkom12345");
        });

        Assert.Contains(result.Errors, e => e.Code == BreachedPasswords.Code && e.Description.StartsWith(Message, StringComparison.Ordinal));
    }
}
