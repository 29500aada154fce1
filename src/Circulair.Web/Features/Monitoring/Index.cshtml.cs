using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The monitoring page of phase 3: the indicators along the chain of Figure 10, from input to impact, each with its
/// status by the one published rule, and what has no recent data. The health check of Figure 11 has its place here.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    public IReadOnlyList<IndicatorRow> Indicators { get; private set; } = [];

    public IEnumerable<IndicatorRow> WithoutRecentData => Indicators.Where(i => i.Status == IndicatorStatus.NoRecentData);

    public int Count(IndicatorStatus status) => Indicators.Count(i => i.Status == status);

    public async Task OnGetAsync(CancellationToken ct) =>
        Indicators = await MonitoringData.LoadAsync(Db, Org.Id, CurrentYear, ct);
}
