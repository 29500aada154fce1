using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Trajectory;

/// <summary>
/// The trajectory plan on "Waar staan we?". It sits at the very start of phase 1 (order 0, before tool 1):
/// the guide has the core team plan the trajectory in its preparatory session, before the stakeholders are
/// mapped, and the plan is what the other tools of every phase hang on. It has content once a trajectory
/// exists; the summary names the current one (the running one, else the newest) with how many of its
/// sessions have minutes or decisions.
/// </summary>
public sealed class TrajectoryProgress(CirculairDbContext db, Text t) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var current = await db.Trajectories.InOrganisation(organisationId)
            .OrderBy(x => x.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(x => x.Id)
            .Select(x => new
            {
                x.Id,
                x.Title,
                x.Status,
                Sessions = x.Sessions.Count,
                Held = x.Sessions.Count(s => s.Minutes != null || s.Decisions != null),
            })
            .FirstOrDefaultAsync(ct);
        var url = $"/o/{organisationSlug}/trajectories";
        var tool = current is null
            ? new ToolProgress(Phase.Fase1, 0, "Trajectory.Tool.Name", false, "Trajectory.Tool.Empty", [], url)
            : new ToolProgress(Phase.Fase1, 0, "Trajectory.Tool.Name", true, Counted.KeyFor("Trajectory.Tool.Summary", current.Held),
                [current.Held, current.Title, t.Enum(current.Status), current.Sessions], $"{url}/{current.Id}");
        return [tool];
    }
}
