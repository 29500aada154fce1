using Circulair.Persistence;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Reports;

/// <summary>The yearly progress report as a printable page.</summary>
public sealed class ProgressModel(CirculairDbContext db, CurrentOrganisation current, IAdoptedComparison comparison, Text t, TimeProvider clock)
    : ProgressReportPageModel(db, current, clock)
{
    public DocumentModel Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ResolveTrajectoryAsync(ct))
        {
            return NotFound();
        }
        var data = await ProgressReportData.LoadAsync(Db, comparison, Clock, Org.Id, Org.Name, Trajectory, Year, ct);
        Document = ProgressReportDocument.Document(data, t);
        return Page();
    }
}

/// <summary>The yearly progress report as a Word file (.docx).</summary>
public sealed class ProgressDocxModel(CirculairDbContext db, CurrentOrganisation current, IAdoptedComparison comparison, SvgChartRenderer charts, Text t, TimeProvider clock)
    : ProgressReportPageModel(db, current, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ResolveTrajectoryAsync(ct))
        {
            return NotFound();
        }
        var data = await ProgressReportData.LoadAsync(Db, comparison, Clock, Org.Id, Org.Name, Trajectory, Year, ct);
        var document = ChartPng.ForWord(ProgressReportDocument.Document(data, t), charts);
        return File(DocxWriter.ToBytes(document), DocxWriter.ContentType, ReportParts.FileName(document.Title, data.MadeAt) + ".docx");
    }
}
