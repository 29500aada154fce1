using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Trajectory;

/// <summary>The plan of one trajectory: period, status, dates with the lead-time advice, the phase spine and the sessions in order.</summary>
[CachedPage(Shared = true)]
public sealed class DetailModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public StrategyTrajectory Trajectory { get; private set; } = null!;

    /// <summary>The method's checklists of this trajectory (issue 21).</summary>
    public Help.TrajectoryChecklistView Checklists { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int trajectoryId, CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        var trajectory = await db.Trajectories.FindWithSessionsAsync(current.Value.Id, trajectoryId, ct);
        if (trajectory is null)
        {
            return NotFound();
        }
        Trajectory = trajectory;
        Checklists = await Help.TrajectoryChecklists.LoadAsync(db, current.Value.Id, trajectory, ct);
        return Page();
    }
}
