using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Strategy.Table;

/// <summary>Tool 8 as .csv (';' between values, UTF-8), the same columns as the workbook, so it imports back too.</summary>
public sealed class ExportCsvModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var rows = await ActionTableData.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        var bytes = CsvTableWriter.ToBytes(ActionTableWorkbook.Sheet(rows, t), CultureInfo.CurrentCulture);
        return File(bytes, CsvTableWriter.ContentType + "; charset=utf-8", ExportXlsxModel.FileName(Org.Slug, TrajectoryId, clock, "csv"));
    }
}
