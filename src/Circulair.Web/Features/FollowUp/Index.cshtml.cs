using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>Phase 3's front door: each trajectory with whether its strategy is adopted, leading to its decisions and its action portfolio.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public sealed record Row(int Id, string Title, DateOnly? AdoptedOn, int Actions, int Updates);

    public IReadOnlyList<Row> Trajectories { get; private set; } = [];
    public FollowUpSettings Settings { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var org = current.Value.Id;
        Settings = await FollowUpData.SettingsAsync(db, org, ct);
        var adopted = (await db.AdoptedVersions.InOrganisation(org).Select(v => new { v.TrajectoryId, v.Number, v.AdoptedOn }).ToListAsync(ct))
            .GroupBy(v => v.TrajectoryId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.AdoptedOn);
        var actions = await db.PlannedActions.InOrganisation(org).GroupBy(a => a.TrajectoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var updates = await db.ProgressUpdates.InOrganisation(org).GroupBy(u => u.TrajectoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        Trajectories = [.. (await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).Select(t => new { t.Id, t.Title }).ToListAsync(ct))
            .Select(t => new Row(t.Id, t.Title, adopted.TryGetValue(t.Id, out var on) ? on : null, actions.GetValueOrDefault(t.Id), updates.GetValueOrDefault(t.Id)))];
        return Page();
    }
}
