using Circulair.Web.Platform.Live;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Circulair.Web.Platform.Health;

/// <summary>
/// Ready only while the Redis live transport is connected (registered when Live:Transport=Redis). Without it this
/// instance still serves pages, but workshop screens on other instances miss its changes until they refresh.
/// </summary>
public sealed class RedisHealthCheck(RedisLiveBridge redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.IsConnected ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("redis not connected"));
}
