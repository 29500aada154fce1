using System.Net;

namespace Circulair.TestKit;

/// <summary>Steps a person takes with their account, through the real forms.</summary>
public static class AccountSteps
{
    /// <summary>Submits the log-in form and returns the answer: a redirect when it worked, the refused form (422) when not.</summary>
    public static async Task<Page> TryLogInAsync(this AppClient client, string email, string password, string? returnUrl = null)
    {
        var form = await client.OpenAsync(returnUrl is null ? "/login" : $"/login?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return await client.SubmitAsync(form, new Dictionary<string, string?>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Whether a fresh client can log in with these credentials.</summary>
    public static async Task<bool> CanLogInAsync(this CirculairFactory factory, string email, string password)
    {
        using var client = factory.NewClient();
        var answer = await client.TryLogInAsync(email, password);
        return answer.Status == HttpStatusCode.Redirect;
    }

    /// <summary>Asks for a reset link through the forgotten-password form and returns the link from the mail (path and query).</summary>
    public static async Task<string> RequestResetLinkAsync(this CirculairFactory factory, string email)
    {
        using var client = factory.NewClient();
        var form = await client.OpenAsync("/account/forgot-password");
        await client.SubmitAsync(form, new Dictionary<string, string?> { ["Input.Email"] = email });
        return Mailbox.LinkIn(factory.Mailbox.LatestTo(email), "/account/reset-password");
    }
}
