using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>Two versions side by side with the differences marked. Without a choice: the latest against the one before.</summary>
public sealed class CompareModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public VisionTrajectory Trajectory { get; private set; } = null!;
    public IReadOnlyList<VersionRow> Versions { get; private set; } = [];
    public VersionRow? Left { get; private set; }
    public VersionRow? Right { get; private set; }
    public VisionComparison? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int? left, int? right, CancellationToken ct)
    {
        ViewData["Section"] = "vision";
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return NotFound();
        }
        Versions = await VersionRow.Of(db, current.Value.Id, trajectoryId).ToListAsync(ct);
        if (left is null && right is null)
        {
            Right = Versions.ElementAtOrDefault(0);
            Left = Versions.ElementAtOrDefault(1);
        }
        else
        {
            // Ids from another trajectory or organisation are simply not among these versions.
            Left = Versions.FirstOrDefault(v => v.Id == left);
            Right = Versions.FirstOrDefault(v => v.Id == right);
            if (Left is null || Right is null)
            {
                return NotFound();
            }
        }
        if (Left is not null && Right is not null)
        {
            var ids = new[] { Left.Id, Right.Id };
            var json = await db.VisionVersions.InOrganisation(current.Value.Id).Where(v => ids.Contains(v.Id))
                .Select(v => new { v.Id, v.SnapshotJson }).ToDictionaryAsync(v => v.Id, v => v.SnapshotJson, ct);
            Comparison = VisionComparison.Between(VisionSnapshot.FromJson(json[Left.Id]), VisionSnapshot.FromJson(json[Right.Id]));
        }
        return Page();
    }
}
