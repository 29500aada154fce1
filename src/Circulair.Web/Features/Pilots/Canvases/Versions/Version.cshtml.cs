using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases.Versions;

/// <summary>
/// One saved version of a pilot canvas, field by field, and its restore: the current state is first saved as a version
/// of its own ("before restoring version N"), so a restore never loses anything.
/// </summary>
public sealed class VersionModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PilotPageModel(db, current)
{
    [FromRoute]
    public int CanvasVersionId { get; set; }

    public PilotCanvasVersion Version { get; private set; } = null!;

    public IPilotCanvasType Type { get; private set; } = null!;

    public IReadOnlyList<CanvasField> Fields { get; private set; } = [];

    public CanvasHandle? Canvas { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRestoreAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Canvas is null)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await CanvasVersionStore.AddAsync(Db, Org.Id, Pilot.Id, Canvas, t["Canvases.Versions.BeforeRestoreLabel", Version.Number], User, Version.Number, now, ct);
        Canvas.Restore(Version.SnapshotJson);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Canvases.Versions.Restored";
        return Redirect(Link(Canvas.Path));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        var version = await Db.PilotCanvasVersions.InOrganisation(Org.Id).AsNoTracking()
            .FirstOrDefaultAsync(v => v.Id == CanvasVersionId && v.PilotId == Pilot.Id, ct);
        if (version is null || PilotCanvasTypes.Find(version.Kind) is not { } type)
        {
            return false;
        }
        Version = version;
        Type = type;
        Fields = type.Fields(version.SnapshotJson);
        Canvas = await type.FindAsync(Db, Org.Id, Pilot.Id, version.CanvasKey, ct);
        return true;
    }
}
