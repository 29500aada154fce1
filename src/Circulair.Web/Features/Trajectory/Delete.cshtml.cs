using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Trajectory;

/// <summary>
/// Deletes a trajectory and its sessions after a confirm step. The sessions are loaded so that the audit
/// trail records each of their deletions, not only the trajectory's (the database cascade would be silent).
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public StrategyTrajectory Trajectory { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        var trajectory = await db.Trajectories.FindWithSessionsAsync(current.Value.Id, trajectoryId, ct);
        if (trajectory is null)
        {
            return NotFound();
        }
        Trajectory = trajectory;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, CancellationToken ct)
    {
        var trajectory = await db.Trajectories.FindWithSessionsAsync(current.Value.Id, trajectoryId, ct);
        if (trajectory is null)
        {
            return NotFound();
        }
        db.Trajectories.Remove(trajectory);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.Delete.Done";
        return Redirect($"/o/{current.Value.Slug}/trajectories");
    }
}
