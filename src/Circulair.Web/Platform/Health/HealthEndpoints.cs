using Circulair.Web.Platform.Live;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Circulair.Web.Platform.Health;

/// <summary>
/// Probes for the orchestrator or load balancer (decision 0362). <c>/health/live</c>: the process answers requests
/// (no check; restart it when this fails). <c>/health/ready</c>: it can do its work, so send it traffic: the database
/// answers and, with Live:Transport=Redis, Redis is connected. <c>/health</c> stays as it was (every check) for
/// monitors that already use it.
/// </summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static void AddCirculairHealthChecks(this IServiceCollection services, IConfiguration configuration)
    {
        var checks = services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        if (string.Equals(configuration.GetValue<string>("Live:Transport"), "Redis", StringComparison.OrdinalIgnoreCase))
        {
            checks.AddCheck<RedisHealthCheck>("redis", tags: [ReadyTag]);
        }
    }

    public static void MapCirculairHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag) }).AllowAnonymous().DisableRateLimiting();
    }
}
