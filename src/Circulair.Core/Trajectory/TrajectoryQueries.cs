using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Trajectory;

/// <summary>Loading a trajectory or session always within one organisation: another organisation's id finds nothing.</summary>
public static class TrajectoryQueries
{
    /// <summary>The trajectory with all its sessions (tracked, ready for a change), or null.</summary>
    public static Task<StrategyTrajectory?> FindWithSessionsAsync(this IQueryable<StrategyTrajectory> trajectories, int organisationId, int trajectoryId, CancellationToken ct) =>
        trajectories.InOrganisation(organisationId)
            .Include(t => t.Sessions)
            .SingleOrDefaultAsync(t => t.Id == trajectoryId, ct);

    /// <summary>
    /// One session of one trajectory with its trajectory and sibling sessions (for its number and for moves),
    /// or null when the session does not belong to that trajectory in that organisation.
    /// </summary>
    public static async Task<TrajectorySession?> FindSessionAsync(this CirculairDbContext db, int organisationId, int trajectoryId, int sessionId, CancellationToken ct)
    {
        var trajectory = await db.Trajectories.FindWithSessionsAsync(organisationId, trajectoryId, ct);
        return trajectory?.Sessions.SingleOrDefault(s => s.Id == sessionId);
    }
}
