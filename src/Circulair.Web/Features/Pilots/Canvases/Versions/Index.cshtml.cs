using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Canvases.Versions;

public sealed class SaveVersionInput
{
    [Display(Name = "Canvases.Field.VersionLabel")]
    [Required(ErrorMessage = "Canvases.Validation.LabelRequired")]
    [StringLength(PilotCanvasVersion.LabelMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Label { get; set; }
}

/// <summary>
/// The versions of a pilot's canvases (decision 0273): without a canvas in the query, every version of the pilot by
/// canvas; with one, its versions, the form to save the current state, and the side-by-side comparison of two.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PilotPageModel(db, current)
{
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    [FromQuery(Name = "canvas")]
    public Guid? Canvas { get; set; }

    [FromQuery(Name = "left")]
    public int? LeftId { get; set; }

    [FromQuery(Name = "right")]
    public int? RightId { get; set; }

    [BindProperty]
    public SaveVersionInput Input { get; set; } = new();

    public CanvasHandle? Handle { get; private set; }

    public List<PilotCanvasVersion> Versions { get; private set; } = [];

    /// <summary>Every canvas of the pilot (for the overview), with its kind.</summary>
    public List<CanvasListing> Canvases { get; private set; } = [];

    public PilotCanvasVersion? Left { get; private set; }
    public PilotCanvasVersion? Right { get; private set; }
    public IReadOnlyList<FieldComparison>? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Handle is null)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var version = await CanvasVersionStore.AddAsync(Db, Org.Id, Pilot.Id, Handle, Input.Label, User, null, clock.GetUtcNow().UtcDateTime, ct);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Canvases.Versions.Saved";
        return Redirect(Link($"/versions?kind={Handle.Type.Kind}&canvas={Handle.Key:N}"));
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        // The page shows only the pilot's name (the overview runs a query per canvas kind: SQL budget).
        if (!await LoadPilotAsync(ct, withChildren: false))
        {
            return false;
        }
        if (Kind is null && Canvas is null)
        {
            foreach (var each in PilotCanvasTypes.All)
            {
                Canvases.AddRange(await each.ListAsync(Db, Org.Id, Pilot.Id, ct));
            }
            Versions = await Db.PilotCanvasVersions.InOrganisation(Org.Id).AsNoTracking().Where(v => v.PilotId == Pilot.Id)
                .OrderByDescending(v => v.CreatedAt).ThenByDescending(v => v.Id).ToListAsync(ct);
            return true;
        }
        if (PilotCanvasTypes.Find(Kind) is not { } type || Canvas is not { } key || await type.FindAsync(Db, Org.Id, Pilot.Id, key, ct) is not { } handle)
        {
            return false;
        }
        Handle = handle;
        Versions = await Db.PilotCanvasVersions.InOrganisation(Org.Id).AsNoTracking()
            .Where(v => v.PilotId == Pilot.Id && v.Kind == type.Kind && v.CanvasKey == key)
            .OrderByDescending(v => v.Number).ToListAsync(ct);
        if (Versions.Count >= 2)
        {
            Left = Versions.FirstOrDefault(v => v.Id == LeftId) ?? Versions[1];
            Right = Versions.FirstOrDefault(v => v.Id == RightId) ?? Versions[0];
            Comparison = CanvasComparison.Compare(type.Fields(Left.SnapshotJson), type.Fields(Right.SnapshotJson));
        }
        return true;
    }
}
