using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Web.Features.HealthCheck;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.PublicSite;

/// <summary>The public progress page of an organisation: vision, goals, actions with progress, indicators, the latest health check.</summary>
public sealed class IndexModel(CirculairDbContext db, Text t, TimeProvider clock) : PublicPageModel(db, t, clock)
{
    public IReadOnlyDictionary<int, ChartModel?> Charts { get; private set; } = new Dictionary<int, ChartModel?>();
    public ChartModel? Radar { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Charts = SiteContent.Indicators.ToDictionary(i => i.Id, i => IndicatorChart.Build(T, i.Id, i.Name, i.Unit,
            IndicatorPath.From(i.BaselineValue, i.BaselineYear, i.Targets.Select(x => new TargetValue(x.Year, x.Value))),
            [.. i.Measurements.Select(m => new TargetValue(m.Year, m.Value))], []));
        if (SiteContent.HealthCheck is { Raters: > 0 } h)
        {
            Radar = HealthCheckChart.Radar("public-health-radar", [(h.Title, h.Results)], T);
        }
        return Page();
    }

    public static string Percent(double? value) => FollowUp.FollowUpData.Percent(value);
}
