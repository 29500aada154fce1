using Circulair.Persistence;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// Where reports start: pick the trajectory and the chapters of the strategy document, or the year of the progress
/// report, and open it as a printable page or download it as Word. Plain GET forms: no JavaScript, nothing written.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(int Id, string Title)> Trajectories { get; private set; } = [];
    public int? Selected { get; private set; }
    public int Year { get; private set; }
    public string OrgSlug => current.Value.Slug;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "reports";
        var rows = await db.Trajectories.InOrganisation(current.Value.Id).OrderByDescending(t => t.Id).Select(t => new { t.Id, t.Title }).ToListAsync(ct);
        Trajectories = [.. rows.Select(r => (r.Id, r.Title))];
        Selected = await CurrentTrajectory.IdAsync(db, current.Value.Id, ct);
        Year = clock.GetUtcNow().Year;
    }
}
