using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.Monitoring;

/// <summary>Phase 3 on "Waar staan we?": how many indicators the organisation follows and how many are on track, behind, off track or without recent data.</summary>
public sealed class MonitoringProgress(CirculairDbContext db, TimeProvider clock) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var rows = await MonitoringData.LoadAsync(db, organisationId, clock.GetUtcNow().UtcDateTime.Year, ct);
        int Count(IndicatorStatus s) => rows.Count(r => r.Status == s);
        return
        [
            new ToolProgress(Phase.Fase3, 3, "Monitoring.Progress.Name", rows.Count > 0,
                rows.Count == 0 ? "Monitoring.Progress.Empty" : "Monitoring.Progress.Summary",
                [rows.Count, Count(IndicatorStatus.OnTrack), Count(IndicatorStatus.Behind), Count(IndicatorStatus.OffTrack), Count(IndicatorStatus.NoRecentData)],
                $"/o/{organisationSlug}/monitoring"),
        ];
    }
}
