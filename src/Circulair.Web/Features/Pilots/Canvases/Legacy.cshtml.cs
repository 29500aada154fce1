using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>A pilot's legacy canvas (Tool 15): what the pilot leaves behind, its constraints and the four ways to scale.</summary>
public sealed class LegacyModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public LegacySnapshot Canvas { get; private set; } = new();

    public DateTime? UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        var canvas = await CanvasData.LegacyAsync(Db, Org.Id, Pilot.Id, ct);
        Canvas = canvas?.Snapshot ?? new LegacySnapshot();
        UpdatedAt = canvas?.UpdatedAt;
        return Page();
    }
}
