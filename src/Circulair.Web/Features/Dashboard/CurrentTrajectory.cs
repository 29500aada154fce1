using Circulair.Persistence;
using Circulair.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// The trajectory a dashboard entry opens when a tool lives per trajectory: the running one, else the newest that is
/// not stopped (the order <see cref="NextSteps"/> uses). Null when the organisation has none yet.
/// </summary>
public static class CurrentTrajectory
{
    public static async Task<int?> IdAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        await Candidates(db, organisationId)
            .Select(t => (int?)t.Id)
            .FirstOrDefaultAsync(ct);

    /// <summary>The organisation's trajectories that may be current, the current one first (a page may project it in its own query).</summary>
    public static IQueryable<StrategyTrajectory> Candidates(CirculairDbContext db, int organisationId) =>
        db.Trajectories.InOrganisation(organisationId)
            .Where(t => t.Status != TrajectoryStatus.Stopgezet)
            .OrderBy(t => t.Status == TrajectoryStatus.Lopend ? 0 : 1).ThenByDescending(t => t.Id);
}
