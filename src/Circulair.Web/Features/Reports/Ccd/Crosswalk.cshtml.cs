using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports.Ccd;

/// <summary>The action crosswalk of a trajectory as .xlsx: sector, status, start, end, cost and responsible body per action.</summary>
public sealed class CrosswalkModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var organisation = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == Org.Id, ct);
        var today = DateOnly.FromDateTime(LocalTime.Of(clock.GetUtcNow().UtcDateTime));
        var workbook = await CcdReportBuilder.CrosswalkAsync(Db, organisation, Strategy, t, today, ct);
        return File(XlsxTableWriter.ToBytes(workbook), XlsxTableWriter.ContentType, $"actions-crosswalk-{Org.Slug}-{TrajectoryId}-{today:yyyy-MM-dd}.xlsx");
    }
}
