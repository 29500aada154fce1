using System.Globalization;
using Circulair.Persistence;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>The communication plan as .xlsx, in the columns the import reads back, so a plan exported, edited and imported again works.</summary>
public sealed class ExportXlsxModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PilotPageModel(db, current)
{
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        var rows = await CommunicationData.LoadAsync(Db, Org.Id, Pilot.Id, ct);
        var bytes = XlsxTableWriter.ToBytes(CommunicationData.Workbook(rows));
        var date = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return File(bytes, XlsxTableWriter.ContentType, $"communicatieplan-{Org.Slug}-{Pilot.Id}-{date}.xlsx");
    }
}
