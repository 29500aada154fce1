using Circulair.Monitoring;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The indicators of an organisation with their status, loaded in one projection query (indicators with their
/// targets and measurements) whatever their number. <paramref name="only"/> narrows to given ids (the chain on a goal or action page).
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
    /// The indicators whose ids a query selects (the links of a goal or an action), in the same single command: the ids are
    /// a subquery of it, not a command of their own.
    /// </summary>
    public static Task<IReadOnlyList<IndicatorRow>> LoadAsync(CirculairDbContext db, int organisationId, int currentYear, IQueryable<int> only, CancellationToken ct) =>
        LoadAsync(
            db.Indicators.InOrganisation(organisationId).Where(i => only.Contains(i.Id)),
            db.Measurements.InOrganisation(organisationId).Where(m => only.Contains(m.IndicatorId)),
            currentYear, ct);

    private static async Task<IReadOnlyList<IndicatorRow>> LoadAsync(IQueryable<Indicator> indicators, IQueryable<Measurement> measurements, int currentYear, CancellationToken ct)
    {
        // One command: each indicator joined to its targets and measurements, both (indicator, year, value) rows put
        // together with UNION ALL, so an indicator comes once per value it has (once with none) and never as a cross product
        // of its targets and its measurements. Both are unique per (indicator, year).
        var values = indicators.SelectMany(i => i.Targets).Select(t => new ValueRow { IndicatorId = t.IndicatorId, Measured = false, Year = t.Year, Value = t.Value })
            .Concat(measurements.Select(m => new ValueRow { IndicatorId = m.IndicatorId, Measured = true, Year = m.Year, Value = m.Value }));
        var rows = await (
            from i in indicators
            from v in values.Where(v => v.IndicatorId == i.Id).DefaultIfEmpty()
            select new
            {
                i.Id, i.StandardCode, i.Level, i.Name, i.Unit, i.Direction, i.Owner, i.BaselineValue, i.BaselineYear,
                Measured = (bool?)v.Measured, Year = (int?)v.Year, Value = (double?)v.Value,
            })
            .ToListAsync(ct);
        var valued = rows.Where(r => r.Year is not null).ToList();
        var targetsBy = valued.Where(r => r.Measured == false).ToLookup(r => r.Id, r => new TargetValue(r.Year!.Value, r.Value!.Value));
        var measuredBy = valued.Where(r => r.Measured == true).ToLookup(r => r.Id, r => new TargetValue(r.Year!.Value, r.Value!.Value));
        return [.. rows
            .DistinctBy(r => r.Id)
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

    /// <summary>A target or a measurement of an indicator, one row of the union <see cref="LoadAsync(IQueryable{Indicator}, IQueryable{Measurement}, int, CancellationToken)"/> joins.</summary>
    private sealed class ValueRow
    {
        public int IndicatorId { get; init; }
        public bool Measured { get; init; }
        public int Year { get; init; }
        public double Value { get; init; }
    }
}
