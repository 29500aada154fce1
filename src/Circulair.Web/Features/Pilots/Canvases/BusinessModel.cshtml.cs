using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>A pilot's circular business model canvas (Tool 12): the nine numbered blocks, as the canvas is drawn.</summary>
public sealed class BusinessModelModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public BusinessModelSnapshot Canvas { get; private set; } = new();

    public DateTime? UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        var canvas = await CanvasData.BusinessModelAsync(Db, Org.Id, Pilot.Id, ct);
        Canvas = canvas?.Snapshot ?? new BusinessModelSnapshot();
        UpdatedAt = canvas?.UpdatedAt;
        return Page();
    }
}
