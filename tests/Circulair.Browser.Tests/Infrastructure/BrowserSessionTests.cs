using Circulair.Web.Platform.Security;
using Microsoft.Playwright;

namespace Circulair.Browser.Tests.Infrastructure;

/// <summary>
/// The checks that every journey relies on must themselves catch what they promise to catch. Broken pages are
/// served by Playwright's router at an address of the app, so the app itself stays as it is.
/// </summary>
public sealed class BrowserSessionTests(SharedBrowserApp app)
{
    private const string Inaccessible = """
        <!DOCTYPE html>
        <html lang="nl-BE">
        <head><meta charset="utf-8"><title>Ontoegankelijk</title></head>
        <body>
          <main>
            <h1>Ontoegankelijk</h1>
            <img src="/img/favicon.svg">
            <input type="text" id="zonder-label">
            <p style="color:#bbbbbb;background:#ffffff">Te licht om te lezen</p>
          </main>
        </body>
        </html>
        """;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fails_listing_rule_target_and_help_of_every_axe_violation(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await ServeAsync(session, "/ontoegankelijk", Inaccessible);

        var failure = await Assert.ThrowsAsync<AccessibilityException>(() => session.OpenAsync("/ontoegankelijk"));

        Assert.Contains("image-alt (critical): Images must have alternative text", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at img:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("label (critical): Form elements must have labels", failure.Message, StringComparison.Ordinal);
        Assert.Contains("at #zonder-label:", failure.Message, StringComparison.Ordinal);
        // Colour contrast proves that the page was checked with its styles applied.
        Assert.Contains("color-contrast (serious)", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Fails_when_a_stylesheet_or_script_of_the_page_is_missing(bool javaScript)
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript);
        await ServeAsync(session, "/zonder-stijl", """
            <!DOCTYPE html>
            <html lang="nl-BE">
            <head><meta charset="utf-8"><title>Zonder stijl</title><link rel="stylesheet" href="/css/bestaat-niet.css"></head>
            <body><main><h1>Zonder stijl</h1></main></body>
            </html>
            """);

        var failure = await Assert.ThrowsAsync<AccessibilityException>(() => session.OpenAsync("/zonder-stijl"));

        // Unknown files lead to the log-in page (every route needs a signed-in person), which is not a stylesheet.
        Assert.Contains("GET /css/bestaat-niet.css was redirected to /login", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fails_when_the_content_security_policy_blocks_an_inline_script()
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript: true);
        await ServeAsync(session, "/met-script", """
            <!DOCTYPE html>
            <html lang="nl-BE">
            <head><meta charset="utf-8"><title>Met script</title></head>
            <body><main><h1>Met script</h1><script>document.title = "uitgevoerd";</script></main></body>
            </html>
            """, SecurityHeadersMiddleware.ContentSecurityPolicy);

        var failure = await Assert.ThrowsAsync<AccessibilityException>(() => session.OpenAsync("/met-script"));

        Assert.Contains("console error:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Content Security Policy", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Passes_a_page_of_the_app_without_findings()
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript: false);

        await session.OpenAsync("/login");

        Assert.Equal(200, session.Status);
    }

    [Fact]
    public async Task Lets_a_script_follow_a_redirect_that_a_stylesheet_may_not()
    {
        await using var session = await BrowserSession.StartAsync(app, javaScript: true);
        // An enhancement posts a form with fetch and follows the redirect (POST-redirect-GET); here a GET of a
        // page that sends an anonymous visitor to /login stands in for it.
        await ServeAsync(session, "/met-fetch", """
            <!DOCTYPE html>
            <html lang="nl-BE">
            <head><meta charset="utf-8"><title>Met fetch</title></head>
            <body><main><h1>Met fetch</h1></main></body>
            </html>
            """);
        var page = await session.OpenAsync("/met-fetch");

        var status = await page.EvaluateAsync<int>("async () => (await fetch('/organisations')).status");

        Assert.Equal(200, status);
        await session.CheckPageAsync();
    }

    [Fact]
    public async Task Signs_in_without_the_log_in_pages_and_refuses_a_wrong_password()
    {
        var user = await app.NewUserAsync();
        await using var session = await BrowserSession.StartAsync(app, javaScript: false);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => session.SignInAsync(user with { Password = "niet het wachtwoord" }));
        Assert.Contains("answered 422", refused.Message, StringComparison.Ordinal);

        await session.SignInAsync(user);
        await session.OpenAsync("/organisations");
        Assert.Equal("/organisations", session.Path);
    }

    [Fact]
    public void A_document_counts_as_audited_only_with_the_same_html_window_and_script_mode()
    {
        static string Form(string token, string field) =>
            $"<main><form><input name=\"__RequestVerificationToken\" type=\"hidden\" value=\"{token}\"><input name=\"{field}\"></form></main>";
        var key = CheckedDocuments.Key(Form("CfDJ8-een", "Naam"), javaScript: true, 1280, 900);

        // The token differs on every answer; the document does not.
        Assert.Equal(key, CheckedDocuments.Key(Form("CfDJ8-twee", "Naam"), javaScript: true, 1280, 900));
        Assert.NotEqual(key, CheckedDocuments.Key(Form("CfDJ8-een", "Adres"), javaScript: true, 1280, 900));
        Assert.NotEqual(key, CheckedDocuments.Key(Form("CfDJ8-een", "Naam"), javaScript: false, 1280, 900));
        Assert.NotEqual(key, CheckedDocuments.Key(Form("CfDJ8-een", "Naam"), javaScript: true, 360, 800));

        var unseen = CheckedDocuments.Key(Form(Guid.NewGuid().ToString(), Guid.NewGuid().ToString()), javaScript: true, 1280, 900);
        Assert.False(CheckedDocuments.PassedBefore(unseen));
        CheckedDocuments.Passed(unseen);
        Assert.True(CheckedDocuments.PassedBefore(unseen));
    }

    /// <summary>Answers <paramref name="path"/> with <paramref name="html"/>, under a Content-Security-Policy if one is given.</summary>
    private static Task ServeAsync(BrowserSession session, string path, string html, string? contentSecurityPolicy = null) =>
        session.Page.RouteAsync($"**{path}", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/html; charset=utf-8",
            Body = html,
            Headers = contentSecurityPolicy is null ? [] : new Dictionary<string, string> { ["Content-Security-Policy"] = contentSecurityPolicy },
        }));
}
