using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>One saved version, read-only; a coordinator restores it (the canvas becomes this version, saved as a new one).</summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class VersionModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RestoreInput Input { get; set; } = new();

    public VisionTrajectory Trajectory { get; private set; } = null!;
    public VersionRow Version { get; private set; } = null!;
    public VisionSnapshot Snapshot { get; private set; } = VisionSnapshot.Empty;
    public VersionRow? Previous { get; private set; }
    public IReadOnlyList<(int Id, string Title, bool IsOpen)> Rounds { get; private set; } = [];
    public bool IsLatest { get; private set; }
    public bool CanRestore => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int visionVersionId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, visionVersionId, ct))
        {
            return NotFound();
        }
        var label = t["Vision.Version.RestoreDefaultLabel", Version.Number, Version.Label].Value;
        Input.Label = label.Length > VisionVersion.LabelMaxLength ? label[..VisionVersion.LabelMaxLength] : label;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int visionVersionId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, visionVersionId, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var canvas = await db.VisionCanvases.InOrganisation(current.Value.Id)
            .Include(c => c.Notes).Include(c => c.Policies)
            .SingleAsync(c => c.TrajectoryId == trajectoryId, ct);
        var old = await db.VisionVersions.InOrganisation(current.Value.Id).SingleAsync(v => v.Id == visionVersionId, ct);
        var numbers = await db.VisionVersions.InOrganisation(current.Value.Id).Where(v => v.CanvasId == canvas.Id).Select(v => v.Number).ToListAsync(ct);
        var restored = VisionVersion.Restore(canvas, old, numbers, Input.Label!, User.UserId(), User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
        db.VisionVersions.Add(restored);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Vision.Version.Restored";
        return Redirect(Trajectory.Url(current.Value.Slug, $"/versions/{restored.Id}"));
    }

    private async Task<bool> LoadAsync(int trajectoryId, int visionVersionId, CancellationToken ct)
    {
        ViewData["Section"] = "vision";
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return false;
        }
        var versions = await VersionRow.Of(db, current.Value.Id, trajectoryId).ToListAsync(ct);
        var index = versions.FindIndex(v => v.Id == visionVersionId);
        if (index < 0)
        {
            return false;
        }
        Version = versions[index];
        Previous = index + 1 < versions.Count ? versions[index + 1] : null;
        IsLatest = index == 0;
        var json = await db.VisionVersions.InOrganisation(current.Value.Id).Where(v => v.Id == visionVersionId).Select(v => v.SnapshotJson).SingleAsync(ct);
        Snapshot = VisionSnapshot.FromJson(json);
        Rounds = (await db.AmoreRounds.InOrganisation(current.Value.Id).Where(r => r.VisionVersionId == visionVersionId)
            .OrderBy(r => r.OpenedAt).Select(r => new { r.Id, r.Title, r.ClosedAt }).ToListAsync(ct))
            .Select(r => (r.Id, r.Title, r.ClosedAt == null)).ToList();
        return true;
    }

    public sealed class RestoreInput
    {
        [Display(Name = "Vision.Field.VersionLabel")]
        [Required(ErrorMessage = "Vision.Validation.VersionLabelRequired")]
        [StringLength(VisionVersion.LabelMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Label { get; set; }
    }
}
