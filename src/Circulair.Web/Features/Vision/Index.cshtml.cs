using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>Where Tools 3 and 4 start: every trajectory with the state of its vision canvas, versions and AMORE rounds.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "vision";
        var org = current.Value.Id;
        var trajectories = await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).Select(t => new { t.Id, t.Title }).ToListAsync(ct);
        var canvases = await db.VisionCanvases.InOrganisation(org).Select(c => new { c.TrajectoryId, c.Statement, c.UpdatedAt }).ToListAsync(ct);
        var versions = await db.VisionVersions.InOrganisation(org).GroupBy(v => v.TrajectoryId).Select(g => new { TrajectoryId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var rounds = await db.AmoreRounds.InOrganisation(org).GroupBy(r => r.TrajectoryId).Select(g => new { TrajectoryId = g.Key, Count = g.Count(), Open = g.Count(r => r.ClosedAt == null) }).ToListAsync(ct);
        Rows = [.. trajectories.Select(t =>
        {
            var canvas = canvases.FirstOrDefault(c => c.TrajectoryId == t.Id);
            var r = rounds.FirstOrDefault(x => x.TrajectoryId == t.Id);
            return new Row(new VisionTrajectory(t.Id, t.Title), canvas?.Statement, canvas?.UpdatedAt,
                versions.FirstOrDefault(v => v.TrajectoryId == t.Id)?.Count ?? 0, r?.Count ?? 0, r?.Open ?? 0);
        })];
    }

    public sealed record Row(VisionTrajectory Trajectory, string? Statement, DateTime? UpdatedAt, int Versions, int Rounds, int OpenRounds);
}
