using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>Tool 12 on one A3 landscape sheet, for a session around the printed canvas.</summary>
public sealed class BusinessModelPrintModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public BusinessModelSnapshot Canvas { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Canvas = (await CanvasData.BusinessModelAsync(Db, Org.Id, Pilot.Id, ct))?.Snapshot ?? new BusinessModelSnapshot();
        return Page();
    }
}
