using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Circulair.TestKit;

/// <summary>Who signs in at the test provider: its subject, e-mail address and whether it vouches for that address.</summary>
public sealed record OidcPerson(string Subject, string? Email, bool? EmailVerified, string Name = "SSO Persoon");

/// <summary>
/// A real OpenID Connect provider in the test process: OpenIddict's server on Kestrel at a free port, with
/// authorization code + PKCE, discovery, signed ID tokens and the token endpoint, all spoken over real HTTP. There is
/// no log-in screen: the authorization endpoint signs in <see cref="NextPerson"/> at once. Degraded mode (no stores):
/// the two handlers below do the client checks that stores would do.
/// </summary>
public sealed class OidcTestServer : IAsyncDisposable
{
    public const string ClientId = "circulair-tests";
    public const string ClientSecret = "test-secret-for-circulair";

    private readonly WebApplication _app;

    private OidcTestServer(WebApplication app, string authority)
    {
        _app = app;
        Authority = authority;
    }

    public string Authority { get; }

    /// <summary>The person the next authorization request signs in.</summary>
    public OidcPerson? NextPerson { get; set; }

    public static async Task<OidcTestServer> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        OidcTestServer? server = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.DisableAccessTokenEncryption();
            o.EnableDegradedMode();
            o.DisableTokenStorage();
            o.DisableAuthorizationStorage();
            o.UseAspNetCore()
                .EnableAuthorizationEndpointPassthrough()
                .EnableTokenEndpointPassthrough()
                .DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (c.Request.ClientId != ClientId)
                {
                    c.Reject(Errors.InvalidClient, "unknown client");
                }
                return default;
            }));
            o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(c =>
            {
                if (c.Request.ClientId != ClientId || c.Request.ClientSecret != ClientSecret)
                {
                    c.Reject(Errors.InvalidClient, "wrong client credentials");
                }
                return default;
            }));
        });
        var app = builder.Build();
        app.UseAuthentication();
        app.MapMethods("/connect/authorize", ["GET", "POST"], (HttpContext http) =>
        {
            var request = http.GetOpenIddictServerRequest()!;
            var person = server!.NextPerson ?? throw new InvalidOperationException("The test did not say who signs in.");
            var identity = new ClaimsIdentity("oidc-test", Claims.Name, Claims.Role);
            identity.SetClaim(Claims.Subject, person.Subject);
            identity.SetClaim(Claims.Name, person.Name);
            if (person.Email is not null)
            {
                identity.SetClaim(Claims.Email, person.Email);
            }
            if (person.EmailVerified is { } verified)
            {
                identity.AddClaim(new Claim(Claims.EmailVerified, verified ? "true" : "false", ClaimValueTypes.Boolean));
            }
            identity.SetScopes(request.GetScopes());
            identity.SetDestinations(static _ => [Destinations.IdentityToken, Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        app.MapPost("/connect/token", async (HttpContext http) =>
        {
            // The code's own principal, as OpenIddict stored it in the (self-contained) code.
            var result = await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            return Results.SignIn(result.Principal!, properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        });
        await app.StartAsync();
        server = new OidcTestServer(app, app.Urls.First().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The app's settings for a provider <paramref name="name"/> that is this server.</summary>
    public Dictionary<string, string?> ProviderSettings(string name, string displayName) => new()
    {
        [$"Authentication:Oidc:Providers:{name}:DisplayName"] = displayName,
        [$"Authentication:Oidc:Providers:{name}:Authority"] = Authority,
        [$"Authentication:Oidc:Providers:{name}:ClientId"] = ClientId,
        [$"Authentication:Oidc:Providers:{name}:ClientSecret"] = ClientSecret,
        // Plain HTTP on the loopback address: only a test provider may do without HTTPS.
        [$"Authentication:Oidc:Providers:{name}:RequireHttpsMetadata"] = "false",
    };

    /// <summary>An address where nothing listens: a provider that is down.</summary>
    public static string Nowhere()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}/";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
