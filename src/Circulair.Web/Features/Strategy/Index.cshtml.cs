using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>Where phase 2 starts: every trajectory with the size of its strategy (domains kept, goals, actions, ideas).</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var org = current.Value.Id;
        var trajectories = await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).Select(t => new { t.Id, t.Title }).ToListAsync(ct);
        var retained = await Count(db.StrategyDomains.InOrganisation(org).Where(d => d.Decision == DomainDecision.Behouden).Select(d => d.TrajectoryId), ct);
        var goals = await Count(db.StrategyGoals.InOrganisation(org).Select(g => g.TrajectoryId), ct);
        var actions = await Count(db.PlannedActions.InOrganisation(org).Select(a => a.TrajectoryId), ct);
        var ideas = await Count(db.StrategyIdeas.InOrganisation(org).Select(i => i.TrajectoryId), ct);
        Rows = [.. trajectories.Select(t => new Row(new StrategyContext(t.Id, t.Title), retained.GetValueOrDefault(t.Id), goals.GetValueOrDefault(t.Id), actions.GetValueOrDefault(t.Id), ideas.GetValueOrDefault(t.Id)))];
    }

    private static async Task<Dictionary<int, int>> Count(IQueryable<int> trajectoryIds, CancellationToken ct) =>
        await trajectoryIds.GroupBy(id => id).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public sealed record Row(StrategyContext Strategy, int RetainedDomains, int Goals, int Actions, int Ideas);
}
