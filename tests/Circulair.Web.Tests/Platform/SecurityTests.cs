using System.Net;

namespace Circulair.Web.Tests.Platform;

public sealed class SecurityTests(SharedApp app)
{
    [Fact]
    public async Task Every_page_carries_a_strict_content_security_policy_and_safe_headers()
    {
        using var client = app.NewClient();

        var page = await client.GetAsync("/login");

        var csp = page.Headers["Content-Security-Policy"];
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("style-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers["X-Content-Type-Options"]);
        Assert.Equal("same-origin", page.Headers["Referrer-Policy"]);
    }

    [Fact]
    public async Task Pages_hold_no_inline_script_or_style()
    {
        using var client = await app.LoggedInClientAsync(app.Administrator);

        foreach (var url in new[] { "/login", "/organisations", "/account/profile" })
        {
            var page = await client.GetAsync(url);
            Assert.All(page.Document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"inline script on {url}"));
            Assert.Empty(page.Document.QuerySelectorAll("[style]"));
            Assert.Empty(page.Document.QuerySelectorAll("style"));
        }
    }

    [Fact]
    public async Task Session_and_antiforgery_cookies_are_http_only_and_same_site()
    {
        using var client = app.NewClient();
        var login = await client.OpenAsync("/login");
        Assert.Contains(login.Headers["Set-Cookie"].Split(", .", StringSplitOptions.None), c => c.Contains("Antiforgery", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase) && c.Contains("samesite=strict", StringComparison.OrdinalIgnoreCase));

        var done = await client.SubmitAsync(login, new Dictionary<string, string?> { ["Input.Email"] = app.Administrator.Email, ["Input.Password"] = app.Administrator.Password });

        var session = done.Headers["Set-Cookie"];
        Assert.Contains(".Circulair.Session", session, StringComparison.Ordinal);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_post_without_antiforgery_token_is_refused()
    {
        using var client = app.NewClient();

        var forged = await client.PostAsync("/login", [new("Input.Email", app.Administrator.Email), new("Input.Password", app.Administrator.Password)]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task Organisation_pages_need_a_log_in()
    {
        var organisation = await app.NewOrganisationAsync();
        using var client = app.NewClient();

        var page = await client.GetAsync(organisation.Url());

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("http://localhost/login?ReturnUrl=", page.Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_pages_answer_404_with_our_page_in_Dutch()
    {
        using var client = await app.LoggedInClientAsync(app.Administrator);

        var page = await client.GetAsync("/o/bestaat-niet");
        var other = await client.GetAsync("/nergens");

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(HttpStatusCode.NotFound, other.Status);
        Assert.Equal("Pagina niet gevonden", page.Text("h1"));
    }
}

public sealed class MethodTests(SharedApp app)
{
    [Fact]
    public async Task A_post_to_a_read_only_page_answers_405_not_an_error()
    {
        var (organisation, member) = await app.NewOrganisationWithMemberAsync(Circulair.Organisations.OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(member);
        var dashboard = await client.OpenAsync(organisation.Url());

        var post = await client.PostAsync(organisation.Url(), [new("__RequestVerificationToken", dashboard.AntiforgeryToken)]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.Status);
        Assert.Equal("Handeling niet mogelijk", post.Text("h1"));
    }
}
