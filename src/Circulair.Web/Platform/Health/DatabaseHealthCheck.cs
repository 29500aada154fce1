using Circulair.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Circulair.Web.Platform.Health;

/// <summary>/health answers 200 when the database answers, 503 when it does not.</summary>
public sealed class DatabaseHealthCheck(CirculairDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            return await db.Database.CanConnectAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
        }
        catch (Exception e)
        {
            return HealthCheckResult.Unhealthy("database unreachable", e);
        }
    }
}
