using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>The AMORE check (Tool 4) from the menu: every trajectory with its rounds, the open ones counted.</summary>
public sealed class OverviewModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public sealed record Row(VisionTrajectory Trajectory, int Rounds, int OpenRounds);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "amore";
        var org = current.Value.Id;
        var trajectories = await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).Select(t => new { t.Id, t.Title }).ToListAsync(ct);
        var rounds = await db.AmoreRounds.InOrganisation(org).GroupBy(r => r.TrajectoryId)
            .Select(g => new { TrajectoryId = g.Key, Count = g.Count(), Open = g.Count(r => r.ClosedAt == null) }).ToListAsync(ct);
        Rows = [.. trajectories.Select(t => rounds.FirstOrDefault(r => r.TrajectoryId == t.Id) is { } r
            ? new Row(new VisionTrajectory(t.Id, t.Title), r.Count, r.Open)
            : new Row(new VisionTrajectory(t.Id, t.Title), 0, 0))];
    }
}
