using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports.Ccd;

/// <summary>The Circular Cities Declaration report of a trajectory, as .docx or .xlsx (by the route's extension).</summary>
public abstract class CcdFileModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    protected abstract string Format { get; }

    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var organisation = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == Org.Id, ct);
        var today = DateOnly.FromDateTime(LocalTime.Of(clock.GetUtcNow().UtcDateTime));
        var report = await CcdReportBuilder.BuildAsync(Db, organisation, Strategy, t, today, ct);
        var name = $"ccd-{Org.Slug}-{TrajectoryId}-{today:yyyy-MM-dd}.{Format}";
        return Format == "docx"
            ? File(DocxWriter.ToBytes(report.ToDocument()), DocxWriter.ContentType, name)
            : File(XlsxTableWriter.ToBytes(report.ToWorkbook(t["Ccd.Sheet.Facts"])), XlsxTableWriter.ContentType, name);
    }
}
