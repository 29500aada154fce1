using System.Net;

namespace Circulair.Web.Tests.Features.Account;

public sealed class ForgotPasswordTests(SharedApp app)
{
    private const string NewPassword = "een nieuwe zin als wachtwoord";

    private static Dictionary<string, string?> NewPasswords(string password = NewPassword, string? confirm = null) => new()
    {
        ["Input.Password"] = password,
        ["Input.ConfirmPassword"] = confirm ?? password,
    };

    [Fact]
    public async Task Mails_a_Dutch_reset_link_that_sets_a_new_password()
    {
        var user = await app.NewUserAsync();
        using var client = app.NewClient();
        var form = await client.OpenAsync("/account/forgot-password");

        var sent = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = user.Email });

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var confirmation = await client.OpenAsync(sent.Location!);
        Assert.NotNull(confirmation.Document.QuerySelector("#forgot-sent"));
        var mail = app.Mailbox.LatestTo(user.Email);
        Assert.Equal("Een nieuw wachtwoord kiezen voor Circulair", mail.Subject);
        Assert.Contains($"Dag {user.Name},", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("2 uur", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("http://localhost/account/reset-password?email=", mail.TextBody, StringComparison.Ordinal);

        var reset = await client.OpenAsync(Mailbox.LinkIn(mail, "/account/reset-password"));
        Assert.Equal(user.Email, reset.ValueOf("Input_Email"));
        var done = await client.SubmitAsync(reset, NewPasswords());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        Assert.Equal("/login", done.Location);
        Assert.Contains("Je nieuwe wachtwoord is ingesteld", (await client.OpenAsync("/login")).Text(".cx-flash"), StringComparison.Ordinal);
        Assert.True(await app.CanLogInAsync(user.Email, NewPassword));
        Assert.False(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Answers_an_unknown_address_exactly_like_a_known_one_and_sends_nothing()
    {
        var user = await app.NewUserAsync();
        var unknown = Scenario.Unique("nobody") + "@example.test";
        using var client = app.NewClient();

        var known = await client.SubmitAsync(await client.OpenAsync("/account/forgot-password"), new Dictionary<string, string?> { ["Input.Email"] = user.Email });
        var knownPage = await client.OpenAsync(known.Location!);
        var other = await client.SubmitAsync(await client.OpenAsync("/account/forgot-password"), new Dictionary<string, string?> { ["Input.Email"] = unknown });
        var otherPage = await client.OpenAsync(other.Location!);

        Assert.Equal(known.Status, other.Status);
        Assert.Equal(known.Location, other.Location);
        Assert.Equal(knownPage.MainText, otherPage.MainText);
        Assert.Single(app.Mailbox.To(user.Email));
        Assert.Empty(app.Mailbox.To(unknown));
    }

    [Fact]
    public async Task Writes_the_mail_in_English_for_someone_who_chose_English()
    {
        var user = await app.NewUserAsync(language: "en");

        await app.RequestResetLinkAsync(user.Email);

        var mail = app.Mailbox.LatestTo(user.Email);
        Assert.Equal("Choosing a new password for Circulair", mail.Subject);
        Assert.Contains($"Hello {user.Name},", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("2 hours", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_the_address_and_explains_when_it_is_not_an_email_address()
    {
        using var client = app.NewClient();
        var form = await client.OpenAsync("/account/forgot-password");

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = "geen-adres" });
        var empty = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = "" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Contains("geldig e-mailadres", refused.FieldError("Input_Email"), StringComparison.Ordinal);
        Assert.Equal("geen-adres", refused.ValueOf("Input_Email"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.Status);
        Assert.Equal("Vul je e-mailadres in.", empty.FieldError("Input_Email"));
    }

    [Fact]
    public async Task Explains_in_Dutch_that_a_damaged_link_does_not_work_and_offers_a_new_one()
    {
        var user = await app.NewUserAsync();
        var link = await app.RequestResetLinkAsync(user.Email);
        using var client = app.NewClient();

        var damaged = await client.OpenAsync(link[..^4] + "AAAA");
        var noToken = await client.OpenAsync($"/account/reset-password?email={Uri.EscapeDataString(user.Email)}");

        foreach (var page in new[] { damaged, noToken })
        {
            Assert.Contains("werkt niet meer", page.Text("#reset-link-invalid"), StringComparison.Ordinal);
            Assert.Null(page.Document.QuerySelector("main form"));
            Assert.NotNull(page.Document.QuerySelector("a[href='/account/forgot-password']"));
        }
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task A_used_link_stops_working_and_a_form_sent_with_it_keeps_the_address_but_not_the_passwords()
    {
        var user = await app.NewUserAsync();
        var link = await app.RequestResetLinkAsync(user.Email);
        using var first = app.NewClient();
        using var second = app.NewClient();
        var firstForm = await first.OpenAsync(link);
        var secondForm = await second.OpenAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitAsync(firstForm, NewPasswords())).Status);

        var refused = await second.SubmitAsync(secondForm, NewPasswords("nog een ander wachtwoord"));
        var reopened = await second.OpenAsync(link);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains(refused.ErrorSummary, e => e.Contains("werkt niet meer", StringComparison.Ordinal));
        Assert.Equal(user.Email, refused.ValueOf("Input_Email"));
        Assert.Equal("", refused.ValueOf("Input_Password"));
        Assert.Equal("", refused.ValueOf("Input_ConfirmPassword"));
        Assert.NotNull(reopened.Document.QuerySelector("#reset-link-invalid"));
        Assert.True(await app.CanLogInAsync(user.Email, NewPassword));
    }

    [Fact]
    public async Task Keeps_the_address_and_applies_the_password_rules_and_the_confirmation()
    {
        var user = await app.NewUserAsync();
        var link = await app.RequestResetLinkAsync(user.Email);
        using var client = app.NewClient();
        var form = await client.OpenAsync(link);

        var tooShort = await client.SubmitAsync(form, NewPasswords("kort"));
        var differs = await client.SubmitAsync(form, NewPasswords(NewPassword, "iets anders helemaal"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.Status);
        Assert.Contains("minstens 10 tekens", tooShort.FieldError("Input_Password"), StringComparison.Ordinal);
        Assert.Equal(user.Email, tooShort.ValueOf("Input_Email"));
        Assert.Equal("", tooShort.ValueOf("Input_Password"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, differs.Status);
        Assert.Contains("niet gelijk", differs.FieldError("Input_ConfirmPassword"), StringComparison.Ordinal);
        Assert.True(await app.CanLogInAsync(user.Email, user.Password));
    }

    [Fact]
    public async Task Sending_the_reset_form_again_after_logging_in_explains_that_the_link_is_used_instead_of_a_bare_400()
    {
        var user = await app.NewUserAsync();
        var link = await app.RequestResetLinkAsync(user.Email);
        using var client = app.NewClient();
        var form = await client.OpenAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(form, NewPasswords())).Status);
        var login = await client.OpenAsync("/login");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync(login, new Dictionary<string, string?> { ["Input.Email"] = user.Email, ["Input.Password"] = NewPassword })).Status);

        var again = await client.SubmitAsync(form, NewPasswords("nog een ander wachtwoord"));

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        var explained = await client.OpenAsync(again.Location!);
        Assert.Contains("werkt niet meer", explained.Text("#reset-link-invalid"), StringComparison.Ordinal);
        Assert.NotNull(explained.Document.QuerySelector("main a[href='/account/forgot-password']"));
        Assert.True(await app.CanLogInAsync(user.Email, NewPassword));
    }
}
