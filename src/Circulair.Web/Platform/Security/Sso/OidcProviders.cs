using System.Text.RegularExpressions;
using Circulair.Web.Platform.Database;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Circulair.Web.Platform.Security.Sso;

/// <summary>One single sign-on provider from Authentication:Oidc:Providers:{name} (decision 0360).</summary>
public sealed class OidcProvider
{
    /// <summary>The key under Providers: lower-case letters, digits and dashes; it appears in the provider's URLs.</summary>
    public string Name { get; set; } = "";

    /// <summary>What the button says after "Aanmelden met" (e.g. "Stad Gent", "Vlaamse overheid").</summary>
    public string DisplayName { get; set; } = "";

    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides openid, profile and email.</summary>
    public string[] Scopes { get; set; } = [];

    /// <summary>Only for a test provider on plain HTTP; a real provider's metadata must come over HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>
    /// Treat the provider's e-mail address as verified even without an <c>email_verified</c> claim. Only for a provider
    /// that hands out nothing but addresses it owns (e.g. a municipality's own Entra ID tenant, which sends no such
    /// claim); an open provider where anyone can type any address must leave this off.
    /// </summary>
    public bool TrustEmail { get; set; }

    /// <summary>Also ask the userinfo endpoint for claims (for providers that put e-mail there, not in the ID token).</summary>
    public bool UseUserInfo { get; set; }

    public string Scheme => OidcProviders.SchemePrefix + Name;
}

/// <summary>The configured single sign-on providers, ordered by name (as configuration lists them).</summary>
public sealed partial class OidcProviders(IReadOnlyList<OidcProvider> all)
{
    public const string SchemePrefix = "oidc-";
    public const string Section = "Authentication:Oidc:Providers";

    public IReadOnlyList<OidcProvider> All { get; } = all;

    public bool Any => All.Count > 0;

    public OidcProvider? Find(string? name) => All.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.Ordinal));

    public OidcProvider? FindByScheme(string? scheme) => All.FirstOrDefault(p => string.Equals(p.Scheme, scheme, StringComparison.Ordinal));

    /// <summary>True when the session was started through one of the configured providers.</summary>
    public bool IsSsoScheme(string? scheme) => FindByScheme(scheme) is not null;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,39}$")]
    private static partial Regex NamePattern();

    /// <summary>Reads and checks the providers; a broken entry stops start-up with one line that names it.</summary>
    public static OidcProviders Read(IConfiguration configuration)
    {
        var list = new List<OidcProvider>();
        foreach (var section in configuration.GetSection(Section).GetChildren())
        {
            var p = section.Get<OidcProvider>() ?? new OidcProvider();
            p.Name = section.Key;
            if (!NamePattern().IsMatch(p.Name))
            {
                throw new StartupException($"{Section}:{section.Key}: the name must be lower-case letters, digits and dashes (at most 40).");
            }
            if (!Uri.TryCreate(p.Authority, UriKind.Absolute, out _) || string.IsNullOrWhiteSpace(p.ClientId))
            {
                throw new StartupException($"{Section}:{p.Name} needs an Authority (an absolute URL) and a ClientId.");
            }
            if (string.IsNullOrWhiteSpace(p.DisplayName))
            {
                p.DisplayName = p.Name;
            }
            list.Add(p);
        }
        return new OidcProviders(list);
    }
}

public static class SsoSetup
{
    /// <summary>Page that finishes a single sign-on: links the person and starts the session.</summary>
    public const string ReturnPath = "/login/sso-return";

    /// <summary>
    /// Registers one OpenID Connect handler per configured provider: authorization code with PKCE, the answer in the
    /// query string (so the correlation cookies can be SameSite=Lax and need no third-party cookie rules), the result
    /// kept in Identity's short-lived external cookie until <see cref="ReturnPath"/> has linked the person.
    /// </summary>
    public static IServiceCollection AddCirculairSso(this IServiceCollection services, IConfiguration configuration)
    {
        var providers = OidcProviders.Read(configuration);
        services.AddSingleton(providers);
        if (!providers.Any)
        {
            return services;
        }
        var authentication = services.AddAuthentication();
        foreach (var p in providers.All)
        {
            authentication.AddOpenIdConnect(p.Scheme, p.DisplayName, o =>
            {
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.Authority = p.Authority;
                o.ClientId = p.ClientId;
                o.ClientSecret = p.ClientSecret;
                o.RequireHttpsMetadata = p.RequireHttpsMetadata;
                o.ResponseType = OpenIdConnectResponseType.Code;
                o.ResponseMode = OpenIdConnectResponseMode.Query;
                o.UsePkce = true;
                o.CallbackPath = "/signin-oidc/" + p.Name;
                o.SignedOutCallbackPath = "/signout-callback-oidc/" + p.Name;
                o.RemoteSignOutPath = "/signout-oidc/" + p.Name;
                o.Scope.Clear();
                foreach (var scope in new[] { "openid", "profile", "email" }.Concat(p.Scopes).Distinct(StringComparer.Ordinal))
                {
                    o.Scope.Add(scope);
                }
                o.GetClaimsFromUserInfoEndpoint = p.UseUserInfo;
                // Keep the provider's claim names (sub, email, email_verified) instead of mapping them to long URIs.
                o.MapInboundClaims = false;
                o.SaveTokens = false;
                o.CorrelationCookie.SameSite = SameSiteMode.Lax;
                o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.NonceCookie.SameSite = SameSiteMode.Lax;
                o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                // The protocol runs on the wall clock: the provider's tokens are checked against it by IdentityModel
                // anyway, and the correlation cookies' expiry must be real for the browser to send them back.
                o.TimeProvider = TimeProvider.System;
                // A provider that hangs should end in our "provider unreachable" page, not in a minute of waiting.
                o.BackchannelTimeout = TimeSpan.FromSeconds(15);
                o.Events.OnRemoteFailure = context =>
                {
                    context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Circulair.Sso")
                        .LogWarning(context.Failure, "Single sign-on with {Provider} failed at the callback", p.Name);
                    context.Response.Redirect($"{ReturnPath}?failed={Uri.EscapeDataString(p.Name)}");
                    context.HandleResponse();
                    return Task.CompletedTask;
                };
            });
        }
        return services;
    }
}
