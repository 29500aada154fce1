using Circulair.Monitoring;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The indicators of an organisation with their status, loaded in three projection queries (indicators, targets,
/// measurements) whatever their number. <paramref name="only"/> narrows to given ids (the chain on a goal or action page).
/// </summary>
public static class MonitoringData
{
    public static async Task<IReadOnlyList<IndicatorRow>> LoadAsync(CirculairDbContext db, int organisationId, int currentYear, CancellationToken ct, IReadOnlyCollection<int>? only = null)
    {
        var indicators = db.Indicators.InOrganisation(organisationId);
        var targets = db.IndicatorTargets.InOrganisation(organisationId);
        var measurements = db.Measurements.InOrganisation(organisationId);
        if (only is not null)
        {
            indicators = indicators.Where(i => only.Contains(i.Id));
            targets = targets.Where(t => only.Contains(t.IndicatorId));
            measurements = measurements.Where(m => only.Contains(m.IndicatorId));
        }
        var rows = await indicators
            .Select(i => new { i.Id, i.StandardCode, i.Level, i.Name, i.Unit, i.Direction, i.Owner, i.BaselineValue, i.BaselineYear })
            .ToListAsync(ct);
        var targetsBy = (await targets.Select(t => new { t.IndicatorId, t.Year, t.Value }).ToListAsync(ct))
            .ToLookup(t => t.IndicatorId, t => new TargetValue(t.Year, t.Value));
        var measuredBy = (await measurements.Select(m => new { m.IndicatorId, m.Year, m.Value }).ToListAsync(ct))
            .ToLookup(m => m.IndicatorId, m => new TargetValue(m.Year, m.Value));
        return [.. rows
            .Select(i =>
            {
                var path = IndicatorPath.From(i.BaselineValue, i.BaselineYear, targetsBy[i.Id]);
                var measured = measuredBy[i.Id].ToList();
                var final = targetsBy[i.Id].OrderBy(t => t.Year).Select(t => (TargetValue?)t).LastOrDefault();
                return new IndicatorRow(i.Id, i.StandardCode, i.Level, i.Name, i.Unit, i.Direction, i.Owner,
                    IndicatorStatusRule.Judge(i.Direction, path, measured, currentYear), measured.Count, final);
            })
            .OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)];
    }
}
