using System.ComponentModel.DataAnnotations;
using Circulair.Guidance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// The next step of one trajectory, where a Coördinator passes over a step on purpose (the reason is required, so the
/// team can see later why) or shows a skipped step again. The dashboard carries the same forms; an invalid skip
/// lands here with its message. Both changes are saved entities, so they are audited and raise the data version.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class NextStepModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SkipInput Input { get; set; } = new();

    public TrajectoryNextStep Row { get; private set; } = null!;

    public string DashboardUrl => $"/o/{current.Value.Slug}";

    public sealed class SkipInput
    {
        public string? StepKey { get; set; }

        [Display(Name = "Field.SkippedStep.Reason")]
        [Required(ErrorMessage = "Guidance.Validation.ReasonRequired")]
        [StringLength(SkippedStep.ReasonMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Reason { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        Input.StepKey = Row.Step?.Key;
        return Page();
    }

    public async Task<IActionResult> OnPostSkipAsync(int trajectoryId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, ct))
        {
            return NotFound();
        }
        if (!NextStepRules.IsKnown(Input.StepKey))
        {
            ModelState.AddModelError("Input.StepKey", t["Guidance.Validation.UnknownStep"]);
        }
        else if (Row.Skipped.Any(s => s.StepKey == Input.StepKey))
        {
            ModelState.AddModelError("Input.StepKey", t["Guidance.Validation.AlreadySkipped"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = User.FindFirst(CirculairClaims.DisplayName)?.Value;
        db.SkippedSteps.Add(new SkippedStep(current.Value.Id, trajectoryId, Input.StepKey!, Input.Reason!, User.UserId(), user, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Guidance.Skip.Saved";
        return Redirect(DashboardUrl);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int trajectoryId, int skippedStepId, CancellationToken ct)
    {
        var skipped = await db.SkippedSteps.InOrganisation(current.Value.Id)
            .SingleOrDefaultAsync(s => s.Id == skippedStepId && s.TrajectoryId == trajectoryId, ct);
        if (skipped is null)
        {
            return NotFound();
        }
        db.SkippedSteps.Remove(skipped);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Guidance.Skipped.Restored";
        return Redirect(DashboardUrl);
    }

    private async Task<bool> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "dashboard";
        var org = current.Value;
        var rows = await NextSteps.LoadAsync(db, org.Id, org.Slug, clock, ct);
        var row = rows.FirstOrDefault(r => r.TrajectoryId == trajectoryId);
        if (row is null)
        {
            return false;
        }
        Row = row;
        return true;
    }
}
