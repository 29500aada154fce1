using Circulair.Monitoring;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.Monitoring;

/// <summary>Phase 3 on "Waar staan we?": how many indicators the organisation follows and how many are on track, behind, off track or without recent data.</summary>
public sealed class MonitoringProgress : IProgressSource
{
    /// <summary>Indicators by status (<see cref="IndicatorStatusRule"/>, judged from the indicators' rows).</summary>
    public sealed record Facts
    {
        public int Indicators { get; init; }
        public int OnTrack { get; init; }
        public int Behind { get; init; }
        public int OffTrack { get; init; }
        public int NoRecentData { get; init; }

        public static Facts Of(IReadOnlyCollection<IndicatorRow> rows)
        {
            int Count(IndicatorStatus s) => rows.Count(r => r.Status == s);
            return new()
            {
                Indicators = rows.Count, OnTrack = Count(IndicatorStatus.OnTrack), Behind = Count(IndicatorStatus.Behind),
                OffTrack = Count(IndicatorStatus.OffTrack), NoRecentData = Count(IndicatorStatus.NoRecentData),
            };
        }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var m = facts.Monitoring;
        return
        [
            new ToolProgress(Phase.Fase3, 3, "Monitoring.Progress.Name", m.Indicators > 0,
                m.Indicators == 0 ? "Monitoring.Progress.Empty" : "Monitoring.Progress.Summary",
                [m.Indicators, m.OnTrack, m.Behind, m.OffTrack, m.NoRecentData],
                $"/o/{facts.OrganisationSlug}/monitoring"),
        ];
    }
}
