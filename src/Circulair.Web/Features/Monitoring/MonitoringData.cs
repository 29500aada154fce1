using Circulair.Monitoring;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The indicators of an organisation with their status, loaded in two projection queries (indicators with their
/// targets, measurements) whatever their number. <paramref name="only"/> narrows to given ids (the chain on a goal or action page).
/// </summary>
public static class MonitoringData
{
    public static Task<IReadOnlyList<IndicatorRow>> LoadAsync(CirculairDbContext db, int organisationId, int currentYear, CancellationToken ct, IReadOnlyCollection<int>? only = null)
    {
        var indicators = db.Indicators.InOrganisation(organisationId);
        var measurements = db.Measurements.InOrganisation(organisationId);
        if (only is not null)
        {
            indicators = indicators.Where(i => only.Contains(i.Id));
            measurements = measurements.Where(m => only.Contains(m.IndicatorId));
        }
        return LoadAsync(indicators, measurements, currentYear, ct);
    }

    /// <summary>
    /// The indicators whose ids a query selects (the links of a goal or an action), in the same two commands: the ids are
    /// a subquery of each, not a command of their own.
    /// </summary>
    public static Task<IReadOnlyList<IndicatorRow>> LoadAsync(CirculairDbContext db, int organisationId, int currentYear, IQueryable<int> only, CancellationToken ct) =>
        LoadAsync(
            db.Indicators.InOrganisation(organisationId).Where(i => only.Contains(i.Id)),
            db.Measurements.InOrganisation(organisationId).Where(m => only.Contains(m.IndicatorId)),
            currentYear, ct);

    private static async Task<IReadOnlyList<IndicatorRow>> LoadAsync(IQueryable<Indicator> indicators, IQueryable<Measurement> measurements, int currentYear, CancellationToken ct)
    {
        // The targets come with their indicator (one join); the measurements, many more per indicator, in a query of their own.
        var rows = await indicators
            .Select(i => new
            {
                i.Id, i.StandardCode, i.Level, i.Name, i.Unit, i.Direction, i.Owner, i.BaselineValue, i.BaselineYear,
                Targets = i.Targets.Select(t => new TargetValue(t.Year, t.Value)).ToList(),
            })
            .ToListAsync(ct);
        var targetsBy = rows.SelectMany(i => i.Targets.Select(t => (i.Id, Target: t))).ToLookup(x => x.Id, x => x.Target);
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
