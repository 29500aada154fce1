using Circulair.HealthCheck;
using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The monitoring page of phase 3: the indicators along the chain of Figure 10, from input to impact, each with its
/// status by the one published rule, and what has no recent data. The health check of Figure 11 has its place here.
/// </summary>
[CachedPage(Shared = true)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    public IEnumerable<IndicatorRow> WithoutRecentData => Indicators.Where(i => i.Status == IndicatorStatus.NoRecentData);

    /// <summary>The latest health-check round (Figure 11), or null when the organisation has none yet.</summary>
    public LatestHealthCheck? HealthCheck { get; private set; }

    public int HealthCheckRounds { get; private set; }

    public int Count(IndicatorStatus status) => Indicators.Count(i => i.Status == status);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Indicators = await MonitoringData.LoadAsync(Db, Org.Id, CurrentYear, ct);
        HealthCheck = await Db.HealthCheckRounds.InOrganisation(Org.Id)
            .OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id)
            .Select(r => new LatestHealthCheck(r.Id, r.Title, r.OpenedAt, r.Ratings.Count))
            .FirstOrDefaultAsync(ct);
        HealthCheckRounds = await Db.HealthCheckRounds.InOrganisation(Org.Id).CountAsync(ct);
    }

    public sealed record LatestHealthCheck(int Id, string Title, DateTime OpenedAt, int Raters);
}
