using System.Net;

namespace Circulair.Web.Tests.Features.Account;

public sealed class ChangePasswordTests(SharedApp app)
{
    private const string NewPassword = "een nieuwe zin als wachtwoord";

    private static Dictionary<string, string?> Form(string current, string next, string? confirm = null) => new()
    {
        ["Input.CurrentPassword"] = current,
        ["Input.NewPassword"] = next,
        ["Input.ConfirmPassword"] = confirm ?? next,
    };

    [Fact]
    public async Task Changes_the_password_and_keeps_the_person_signed_in()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/password");

        var done = await client.SubmitAsync(form, Form(user.Password, NewPassword));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("/account/profile", done.Location);
        var profile = await client.OpenAsync(done.Location!);
        Assert.Equal("Je wachtwoord is gewijzigd.", profile.Text(".cx-flash"));
        Assert.True(await app.CanLogInAsync(user.Email, NewPassword));
        Assert.False(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Shows_the_error_at_the_current_password_when_it_is_wrong()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/password");

        var refused = await client.SubmitAsync(form, Form("niet mijn wachtwoord", NewPassword));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal("Het huidige wachtwoord klopt niet.", refused.FieldError("Input_CurrentPassword"));
        Assert.Equal("", refused.ValueOf("Input_NewPassword"));
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Refuses_a_new_password_that_is_too_short_or_differs_from_its_confirmation()
    {
        var user = await app.NewUserAsync();
        using var client = await app.LoggedInClientAsync(user);
        var form = await client.OpenAsync("/account/password");

        var tooShort = await client.SubmitAsync(form, Form(user.Password, "kort"));
        var differs = await client.SubmitAsync(form, Form(user.Password, NewPassword, "iets anders helemaal"));
        var empty = await client.SubmitAsync(form, Form("", ""));

        Assert.Contains("minstens 10 tekens", tooShort.FieldError("Input_NewPassword"), StringComparison.Ordinal);
        Assert.Contains("niet gelijk", differs.FieldError("Input_ConfirmPassword"), StringComparison.Ordinal);
        Assert.Equal(3, empty.ErrorSummary.Count);
        Assert.All(new[] { tooShort, differs, empty }, p => Assert.Equal(HttpStatusCode.UnprocessableEntity, p.Status));
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Asks_to_log_in_first()
    {
        using var client = app.NewClient();

        var answer = await client.GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, answer.Status);
        Assert.StartsWith("http://localhost/login?ReturnUrl=%2Faccount%2Fpassword", answer.Location, StringComparison.Ordinal);
    }
}
