using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The workshop report: every activity in order with its times, how many answered, where the results went and
/// the results themselves, with downloads as .docx (to read and circulate) and .xlsx (to filter and reuse).
/// Every member may read it.
/// </summary>
public sealed class ReportModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public WorkshopReport Report { get; private set; } = null!;

    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var report = await WorkshopReport.LoadAsync(db, current.Value.Id, workshopId, t, clock.GetUtcNow().UtcDateTime, ct);
        if (report is null)
        {
            return NotFound();
        }
        Report = report;
        return Page();
    }
}

/// <summary>The report as a Word document (.docx).</summary>
public sealed class ReportDocxModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct)
    {
        var report = await WorkshopReport.LoadAsync(db, current.Value.Id, workshopId, t, clock.GetUtcNow().UtcDateTime, ct);
        return report is null
            ? NotFound()
            : File(DocxWriter.ToBytes(WorkshopReportExport.Document(report, t)), DocxWriter.ContentType, report.FileName + ".docx");
    }
}

/// <summary>The report's results as a workbook (.xlsx), one sheet per kind of result.</summary>
public sealed class ReportXlsxModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct)
    {
        var report = await WorkshopReport.LoadAsync(db, current.Value.Id, workshopId, t, clock.GetUtcNow().UtcDateTime, ct);
        return report is null
            ? NotFound()
            : File(XlsxTableWriter.ToBytes(WorkshopReportExport.Workbook(report, t)), XlsxTableWriter.ContentType, report.FileName + ".xlsx");
    }
}
