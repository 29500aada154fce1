using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Regions;

/// <summary>The benchmark of one region as an .xlsx, with what the viewer may see on the page (<see cref="BenchmarkWorkbook"/>).</summary>
public sealed class BenchmarkExportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : RegionPageModel(db, current, clock)
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(string? region, CancellationToken ct)
    {
        var available = await RegionChoice.AvailableAsync(Db, Org, ct);
        var choice = region is null ? available.FirstOrDefault() : available.FirstOrDefault(r => r.RegionSlug == region);
        if (choice is null)
        {
            return NotFound();
        }
        var view = await RegionBenchmark.LoadAsync(Db, choice, null, null, MonitoringLabels.English, ct);
        var date = Now.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(XlsxTableWriter.ToBytes(BenchmarkWorkbook.Build(t, view)), XlsxTableWriter.ContentType, $"vergelijking-{choice.RegionSlug}-{date}.xlsx");
    }
}
