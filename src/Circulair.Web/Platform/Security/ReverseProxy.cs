using System.Net;
using Circulair.Web.Platform.Database;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Trust in a reverse proxy in front of the app (decision 0241). The forwarded headers (X-Forwarded-For, -Proto,
/// -Host) are honoured only when the connection comes from an address listed in "ReverseProxy:KnownProxies" or a
/// network in "ReverseProxy:KnownNetworks"; with both empty (the default) no forwarded header is believed at all.
/// Then the client address (what the rate limits count), the scheme (what makes cookies Secure and HSTS apply)
/// and the host are the ones the proxy saw.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddCirculairReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ReverseProxy");
        var proxies = List(section, "KnownProxies").Select(p => IPAddress.TryParse(p, out var address)
            ? address
            : throw new StartupException($"ReverseProxy:KnownProxies: '{p}' is not an IP address.")).ToList();
        var networks = List(section, "KnownNetworks").Select(n => IPNetwork.TryParse(n, out var network)
            ? network
            : throw new StartupException($"ReverseProxy:KnownNetworks: '{n}' is not a network in CIDR notation (such as 10.0.0.0/8).")).ToList();
        services.AddSingleton(new ReverseProxyTrust(proxies.Count + networks.Count > 0));
        if (proxies.Count + networks.Count == 0)
        {
            return services;
        }
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            // Only what is configured: not the loopback defaults.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies)
            {
                o.KnownProxies.Add(p);
            }
            foreach (var n in networks)
            {
                o.KnownIPNetworks.Add(n);
            }
            // Every hop is checked against the lists, so a chain of known proxies may be walked to its end;
            // the walk stops at the first address that is not a known proxy.
            o.ForwardLimit = null;
            if (List(section, "AllowedHosts") is { Count: > 0 } hosts)
            {
                foreach (var h in hosts)
                {
                    o.AllowedHosts.Add(h);
                }
            }
        });
        return services;
    }

    /// <summary>First in the pipeline; does nothing when no proxy is configured.</summary>
    public static IApplicationBuilder UseCirculairForwardedHeaders(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ReverseProxyTrust>().Enabled
            ? app.UseForwardedHeaders(app.ApplicationServices.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value)
            : app;

    /// <summary>A list as configuration array (KnownProxies:0, KnownProxies:1…) or as one value separated by commas or spaces (handy in an environment variable).</summary>
    private static List<string> List(IConfigurationSection section, string key)
    {
        var child = section.GetSection(key);
        var values = child.Value is { } single ? [single] : child.GetChildren().Select(c => c.Value ?? "");
        return [.. values.SelectMany(v => v.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
    }
}

/// <summary>Whether any reverse proxy is trusted.</summary>
public sealed record ReverseProxyTrust(bool Enabled);
