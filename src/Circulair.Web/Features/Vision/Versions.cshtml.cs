using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>The saved versions of a trajectory's canvas; a coordinator saves the working copy as a new labelled version.</summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class VersionsModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VersionInput Input { get; set; } = new();

    public VisionTrajectory Trajectory { get; private set; } = null!;
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public bool HasCanvas { get; private set; }
    public bool CanSave => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        var canvas = await db.VisionCanvases.InOrganisation(current.Value.Id)
            .Include(c => c.Notes).Include(c => c.Policies)
            .FirstOrDefaultAsync(c => c.TrajectoryId == trajectoryId, ct);
        if (canvas is null)
        {
            throw new DomainException("Vision.Error.VisionCanvasEmpty");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var version = VisionVersion.Save(canvas, Versions.Select(v => v.Number), Input.Label!, User.UserId(), User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
        db.VisionVersions.Add(version);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Vision.Versions.Saved";
        return Redirect(Trajectory.Url(current.Value.Slug, $"/versions/{version.Id}"));
    }

    private async Task<bool> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "vision";
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return false;
        }
        Versions = await VersionRow.Of(db, current.Value.Id, trajectoryId).ToListAsync(ct);
        HasCanvas = await db.VisionCanvases.InOrganisation(current.Value.Id).AnyAsync(c => c.TrajectoryId == trajectoryId, ct);
        return true;
    }

    public sealed class VersionInput
    {
        [Display(Name = "Vision.Field.VersionLabel")]
        [Required(ErrorMessage = "Vision.Validation.VersionLabelRequired")]
        [StringLength(VisionVersion.LabelMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Label { get; set; }
    }
}
