namespace Circulair.Web.Platform.Security;

/// <summary>
/// Headers every response carries. The Content-Security-Policy allows no inline script or style and no
/// third-party origin: scripts are our own modules and htmx from wwwroot/lib, styles our own stylesheet. The one
/// exception is form-action: a single sign-on button posts to us and is redirected to the provider, and browsers check
/// every redirect of a form submission against form-action, so the configured providers' origins are added there.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, Sso.OidcProviders sso)
{
    private readonly string _policy = sso.Any
        ? ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ',
            sso.All.Select(p => new Uri(p.Authority).GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.OrdinalIgnoreCase)), StringComparison.Ordinal)
        : ContentSecurityPolicy;

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var h = http.Response.Headers;
            h.ContentSecurityPolicy = _policy;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next(http);
    }
}
