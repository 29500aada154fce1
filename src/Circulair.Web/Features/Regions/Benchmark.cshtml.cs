using Circulair.Persistence;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// The region's benchmark (issue 19 item 2): every comparable indicator with how many members share it, and one
/// indicator in detail — the members that share it, ranked, per inhabitant where the unit asks for it, the
/// distribution, the Flemish reference and the cluster targets — as a chart with its data table. A member opens the
/// benchmark of the regions it belongs to and sees the others only on the indicators it shares itself.
/// </summary>
public sealed class BenchmarkModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : RegionPageModel(db, current, clock)
{
    public IReadOnlyList<RegionChoice> Available { get; private set; } = [];

    public RegionBenchmarkView? View { get; private set; }

    public IndicatorBenchmark? Selected { get; private set; }

    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(string? region, string? indicator, int? year, CancellationToken ct)
    {
        Available = await RegionChoice.AvailableAsync(Db, Org, ct);
        // A region asked for by name that this organisation may not open is not there for it, also when it may open none.
        var choice = region is null ? Available.FirstOrDefault() : Available.FirstOrDefault(r => r.RegionSlug == region);
        if (choice is null)
        {
            return region is null ? Page() : NotFound();
        }
        View = await RegionBenchmark.LoadAsync(Db, choice, indicator, year, MonitoringLabels.English, ct);
        Selected = View.Find(indicator)
            ?? View.Indicators.FirstOrDefault(i => i.Result.Rows.Count > 0)
            ?? View.Indicators[0];
        return Page();
    }

    /// <summary>The address of this page for another indicator or year of the same region.</summary>
    public string For(string key, int? year = null) =>
        Link("/benchmark") + $"?region={Uri.EscapeDataString(View!.RegionSlug)}&indicator={Uri.EscapeDataString(key)}" + (year is { } y ? $"&year={y}" : "");

    public string ExportLink => Link("/benchmark/export.xlsx") + $"?region={Uri.EscapeDataString(View!.RegionSlug)}";
}
