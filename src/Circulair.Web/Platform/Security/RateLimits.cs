using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Named rate limits for the doors that can be hammered: log-in and forgotten password, first-time setup,
/// and invitations. Partitioned per client IP address; limits come from the "RateLimits" section.
/// </summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string Setup = "setup";
    public const string Invitations = "invitations";

    public static IServiceCollection AddCirculairRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimits");
        var login = section.GetValue("LoginPerMinute", 10);
        var setup = section.GetValue("SetupPerMinute", 10);
        var invitations = section.GetValue("InvitationsPerHour", 50);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Login, http => PerClient(http, login, TimeSpan.FromMinutes(1)));
            o.AddPolicy(Setup, http => PerClient(http, setup, TimeSpan.FromMinutes(1)));
            o.AddPolicy(Invitations, http => PerClient(http, invitations, TimeSpan.FromHours(1)));
        });
        return services;
    }

    // Only state-changing requests count: reading the log-in form again must not lock anyone out.
    private static RateLimitPartition<string> PerClient(HttpContext http, int permits, TimeSpan window) =>
        HttpMethods.IsPost(http.Request.Method)
            ? RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "local",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
            : RateLimitPartition.GetNoLimiter("read");
}
