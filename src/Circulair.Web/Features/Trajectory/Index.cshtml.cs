using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Trajectory;

/// <summary>The organisation's strategy trajectories; with none yet, an invitation to plan the first one.</summary>
[CachedPage(Shared = true)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<Row> Trajectories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "trajectory";
        Trajectories = await db.Trajectories.InOrganisation(current.Value.Id)
            .OrderByDescending(t => t.Id)
            .Select(t => new Row(t.Id, t.Title, t.PeriodStartYear, t.PeriodEndYear, t.Status, t.StartDate, t.PlannedEndDate, t.Sessions.Count, t.Sessions.Count(s => s.Minutes != null || s.Decisions != null)))
            .ToListAsync(ct);
    }

    public sealed record Row(int Id, string Title, int? PeriodStartYear, int? PeriodEndYear, TrajectoryStatus Status, DateOnly? StartDate, DateOnly? PlannedEndDate, int Sessions, int SessionsWithRecord);
}
