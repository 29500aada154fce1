using Circulair.Persistence;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Strategy.Table;

/// <summary>Tool 8 as .xlsx: frozen header, autofilter, drop-down lists for status and quadrant; rows projected once, written in one pass.</summary>
public sealed class ExportXlsxModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var rows = await ActionTableData.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        var bytes = XlsxTableWriter.ToBytes(ActionTableWorkbook.Build(rows, t));
        return File(bytes, XlsxTableWriter.ContentType, FileName(Org.Slug, TrajectoryId, clock, "xlsx"));
    }

    public static string FileName(string slug, int trajectoryId, TimeProvider clock, string extension) =>
        $"acties-{slug}-{trajectoryId}-{StakeholderLabels.Today(clock).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";
}
