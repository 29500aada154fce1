using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring.Indicators;

/// <summary>A measurement as the indicator page lists it.</summary>
public sealed record MeasurementRow(int Id, int Year, DateOnly? MeasuredOn, double Value, string? Source, string? Note, string? EnteredBy, bool FromScan);

/// <summary>A goal or action the indicator measures, with its address.</summary>
public sealed record LinkedItem(string Label, string Url);

/// <summary>
/// One indicator: what it measures and how, its status with the figures behind it, the chart of its measurements
/// against the path to the target (with the data table), the measurements, the Flemish reference and what it measures.
/// </summary>
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    [FromRoute]
    public int IndicatorId { get; set; }

    public Indicator Indicator { get; private set; } = null!;
    public IReadOnlyList<MeasurementRow> Measurements { get; private set; } = [];
    public IndicatorAssessment Assessment { get; private set; } = null!;
    public ChartModel? Chart { get; private set; }
    public IReadOnlyList<FlemishReferenceValue> References { get; private set; } = [];
    public StandardIndicator? Standard { get; private set; }
    public IReadOnlyList<LinkedItem> Goals { get; private set; } = [];
    public IReadOnlyList<LinkedItem> Actions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await Db.Indicators.InOrganisation(Org.Id).AsNoTracking().Include(i => i.Targets).FirstOrDefaultAsync(i => i.Id == IndicatorId, ct) is not { } indicator)
        {
            return NotFound();
        }
        Indicator = indicator;
        Measurements = await Db.Measurements.InOrganisation(Org.Id).Where(m => m.IndicatorId == IndicatorId).OrderBy(m => m.Year)
            .Select(m => new MeasurementRow(m.Id, m.Year, m.MeasuredOn, m.Value, m.Source, m.Note, m.EnteredByName, m.ScanDatasetId != null))
            .ToListAsync(ct);
        var points = Measurements.Select(m => new TargetValue(m.Year, m.Value)).ToList();
        Assessment = IndicatorStatusRule.Judge(indicator.Direction, indicator.Path, points, CurrentYear);
        Standard = StandardIndicatorSet.Instance.Find(indicator.StandardCode);
        References = StandardIndicatorSet.Instance.ReferencesFor(indicator.StandardCode);
        Chart = IndicatorChart.Build(t, indicator.Id, indicator.Name, indicator.Unit, indicator.Path, points, References);
        var slug = OrgSlug;
        Goals = await Db.IndicatorGoalLinks.InOrganisation(Org.Id).Where(l => l.IndicatorId == IndicatorId)
            .Join(Db.StrategyGoals, l => l.StrategyGoalId, g => g.Id, (l, g) => new { g.Id, g.TrajectoryId, g.Statement })
            .OrderBy(g => g.TrajectoryId).ThenBy(g => g.Id)
            .Select(g => new LinkedItem(g.Statement, "/o/" + slug + "/trajectories/" + g.TrajectoryId + "/goals/" + g.Id))
            .ToListAsync(ct);
        Actions = await Db.IndicatorActionLinks.InOrganisation(Org.Id).Where(l => l.IndicatorId == IndicatorId)
            .Join(Db.PlannedActions, l => l.PlannedActionId, a => a.Id, (l, a) => new { a.Id, a.TrajectoryId, a.Number, a.Title, a.NumberKey })
            .OrderBy(a => a.TrajectoryId).ThenBy(a => a.NumberKey)
            .Select(a => new LinkedItem(a.Number + " " + a.Title, "/o/" + slug + "/trajectories/" + a.TrajectoryId + "/actions/" + a.Id))
            .ToListAsync(ct);
        return Page();
    }
}
