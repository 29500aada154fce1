using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>Tool 4 for one trajectory: its AMORE rounds, how the criteria moved from version to version, and (coordinator) opening a round.</summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OpenInput Input { get; set; } = new();

    public VisionTrajectory Trajectory { get; private set; } = null!;
    public IReadOnlyList<RoundSummary> Rounds { get; private set; } = [];
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public IReadOnlyList<SelectListItem> VersionItems { get; private set; } = [];
    public bool CanOpen => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        if (Versions.Count > 0)
        {
            Input.VisionVersionId = Versions[0].Id;
            Input.Title = t["Vision.Amore.DefaultRoundTitle", Versions[0].Number];
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        if (Input.VisionVersionId is { } id && Versions.All(v => v.Id != id))
        {
            ModelState.AddModelError("Input.VisionVersionId", t["Vision.Validation.VersionUnknown"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var version = await db.VisionVersions.InOrganisation(current.Value.Id).SingleAsync(v => v.Id == Input.VisionVersionId, ct);
        var round = new AmoreRound(version, Input.Title!, User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
        db.AmoreRounds.Add(round);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Vision.Amore.Opened";
        return Redirect(Trajectory.Url(current.Value.Slug, $"/amore/{round.Id}"));
    }

    private async Task<bool> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "amore";
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return false;
        }
        Rounds = await RoundSummary.ForTrajectoryAsync(db, current.Value.Id, trajectoryId, ct);
        Versions = await VersionRow.Of(db, current.Value.Id, trajectoryId).ToListAsync(ct);
        VersionItems = [new SelectListItem(t["Shared.Choose"], ""), .. Versions.Select(v => new SelectListItem(t["Vision.Compare.VersionHead", v.Number, v.Label], v.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];
        return true;
    }

    public sealed class OpenInput
    {
        [Display(Name = "Vision.Amore.Field.Version")]
        [Required(ErrorMessage = "Vision.Validation.VersionRequired")]
        public int? VisionVersionId { get; set; }

        [Display(Name = "Vision.Amore.Field.Title")]
        [Required(ErrorMessage = "Vision.Validation.RoundTitleRequired")]
        [StringLength(AmoreRound.TitleMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Title { get; set; }
    }
}
