using System.Globalization;
using Circulair.Monitoring;
using Circulair.Monitoring.Import;
using Circulair.Persistence;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>Every measurement as .csv (';' between values, UTF-8) in the columns the import reads, so a file exported, extended and imported again works.</summary>
public sealed class ExportModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var rows = await Db.Measurements.InOrganisation(Org.Id)
            .OrderBy(m => m.Indicator.Name).ThenBy(m => m.Year)
            .Select(m => new { m.Indicator.Name, m.Year, m.Value, m.Indicator.Unit, m.Source, m.Note })
            .ToListAsync(ct);
        var sheet = new SheetModel(MeasurementSheet.SheetName, [.. MeasurementSheet.Headers.Select(h => new ColumnModel(h.Header))],
            rows.Select(r => (IReadOnlyList<CellModel>)[CellModel.Of(r.Name), CellModel.Of(r.Year), CellModel.Of(r.Value), CellModel.Of(r.Unit), CellModel.Of(r.Source), CellModel.Of(r.Note)]));
        var bytes = CsvTableWriter.ToBytes(sheet, CultureInfo.CurrentCulture);
        var date = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(bytes, CsvTableWriter.ContentType + "; charset=utf-8", $"metingen-{OrgSlug}-{date}.csv");
    }
}
