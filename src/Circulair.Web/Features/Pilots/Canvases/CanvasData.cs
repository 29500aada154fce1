using Circulair.Persistence;
using Circulair.Pilots;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>Loads a pilot's canvases (one of each per pilot; none yet reads as empty).</summary>
public static class CanvasData
{
    public static Task<PilotBusinessModel?> BusinessModelAsync(CirculairDbContext db, int organisationId, int pilotId, CancellationToken ct) =>
        db.PilotBusinessModels.InOrganisation(organisationId).FirstOrDefaultAsync(c => c.PilotId == pilotId, ct);

    public static Task<PilotLegacyCanvas?> LegacyAsync(CirculairDbContext db, int organisationId, int pilotId, CancellationToken ct) =>
        db.PilotLegacyCanvases.InOrganisation(organisationId).FirstOrDefaultAsync(c => c.PilotId == pilotId, ct);

    /// <summary>The four scaling strategies of the legacy canvas in the guide's order, with their field names.</summary>
    public static readonly (string Field, Func<LegacySnapshot, string?> Value)[] ScalingStrategies =
    [
        ("ScaleUp", s => s.ScaleUp), ("ScaleDeep", s => s.ScaleDeep), ("ScaleOut", s => s.ScaleOut), ("ScaleDown", s => s.ScaleDown),
    ];
}

/// <summary>What the business model grid partial shows: the canvas and whether it is printed.</summary>
public sealed record BusinessModelView(BusinessModelSnapshot Canvas, bool Print);

/// <summary>What the legacy canvas partial shows.</summary>
public sealed record LegacyView(LegacySnapshot Canvas, bool Print);
