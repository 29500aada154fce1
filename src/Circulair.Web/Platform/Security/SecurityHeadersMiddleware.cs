using Microsoft.Extensions.Primitives;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Headers every response carries. The Content-Security-Policy allows no inline script or style and no
/// third-party origin: scripts are our own modules and htmx from wwwroot/lib, styles our own stylesheet. The one
/// exception is form-action: a single sign-on button posts to us and is redirected to the provider, and browsers check
/// every redirect of a form submission against form-action, so the configured providers' origins are added there.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, Sso.OidcProviders sso)
{
    private readonly StringValues _policy = SecurityHeaders.PolicyFor(sso);

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            SecurityHeaders.Apply(http.Response.Headers, _policy);
            return Task.CompletedTask;
        });
        return next(http);
    }
}

/// <summary>
/// The security headers and their values, made once: set by <see cref="SecurityHeadersMiddleware"/> on every response
/// and by the public site's fast path (<see cref="Caching.PublicPageFastPathMiddleware"/>) on the answers it gives
/// before that step, so both give the same.
/// </summary>
public static class SecurityHeaders
{
    private static readonly StringValues NoSniff = "nosniff";
    private static readonly StringValues Deny = "DENY";
    private static readonly StringValues SameOrigin = "same-origin";
    private static readonly StringValues Permissions = "camera=(), microphone=(), geolocation=(), payment=()";

    /// <summary>The Content-Security-Policy with the single sign-on providers' origins in form-action.</summary>
    public static StringValues PolicyFor(Sso.OidcProviders sso) => sso.Any
        ? SecurityHeadersMiddleware.ContentSecurityPolicy.Replace("form-action 'self'", "form-action 'self' " + string.Join(' ',
            sso.All.Select(p => new Uri(p.Authority).GetLeftPart(UriPartial.Authority)).Distinct(StringComparer.OrdinalIgnoreCase)), StringComparison.Ordinal)
        : SecurityHeadersMiddleware.ContentSecurityPolicy;

    public static void Apply(IHeaderDictionary h, StringValues policy)
    {
        h.ContentSecurityPolicy = policy;
        h.XContentTypeOptions = NoSniff;
        h.XFrameOptions = Deny;
        h["Referrer-Policy"] = SameOrigin;
        h["Permissions-Policy"] = Permissions;
        h["Cross-Origin-Opener-Policy"] = SameOrigin;
    }
}
