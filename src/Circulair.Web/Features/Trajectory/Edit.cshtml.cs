using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Trajectory;

/// <summary>Changes the plan: title, status, period and dates.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public TrajectoryInput Input { get; set; } = new();

    public StrategyTrajectory Trajectory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, ct) is { } missing)
        {
            return missing;
        }
        Input = TrajectoryInput.From(Trajectory);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, ct) is { } missing)
        {
            return missing;
        }
        if (Input.Status is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Status)}", t["Trajectory.Validation.StatusRequired"]);
        }
        Input.CheckOrder(ModelState, nameof(Input), t);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Input.Apply(Trajectory);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/trajectories/{Trajectory.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        ViewData["StatusItems"] = TrajectoryInput.StatusItems(t);
        var trajectory = await db.Trajectories.FindWithSessionsAsync(current.Value.Id, trajectoryId, ct);
        if (trajectory is null)
        {
            return NotFound();
        }
        Trajectory = trajectory;
        return null;
    }
}
