using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Decisions;

/// <summary>The political decisions on a trajectory (mandate, budget check, ratification, public moments) and its adopted versions.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    public IReadOnlyList<PoliticalDecision> Decisions { get; private set; } = [];
    public IReadOnlyDictionary<int, (int Id, int Number)> Versions { get; private set; } = new Dictionary<int, (int, int)>();
    public AdoptionState Adoption { get; private set; } = AdoptionState.None;

    /// <summary>The decision log: the saved versions each decision approved (decision 0311).</summary>
    public ILookup<int, (int Id, int Number, string Name)> Approved { get; private set; } = Array.Empty<(int, int, int, string)>().ToLookup(x => x.Item1, x => (x.Item2, x.Item3, x.Item4));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        Decisions = await Db.PoliticalDecisions.InOrganisation(Org.Id).Where(d => d.TrajectoryId == TrajectoryId)
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.Id).AsNoTracking().ToListAsync(ct);
        Versions = (await Db.AdoptedVersions.InOrganisation(Org.Id).Where(v => v.TrajectoryId == TrajectoryId)
            .Select(v => new { v.PoliticalDecisionId, v.Id, v.Number }).ToListAsync(ct))
            .ToDictionary(v => v.PoliticalDecisionId, v => (v.Id, v.Number));
        Approved = (await Db.StrategyVersions.InOrganisation(Org.Id).Where(v => v.TrajectoryId == TrajectoryId && v.PoliticalDecisionId != null)
            .OrderBy(v => v.Number).Select(v => new { DecisionId = v.PoliticalDecisionId!.Value, v.Id, v.Number, v.Name }).ToListAsync(ct))
            .ToLookup(v => v.DecisionId, v => (v.Id, v.Number, v.Name));
        Adoption = await AdoptionState.LoadAsync(Db, Org.Id, TrajectoryId, withChanges: false, ct);
        return Page();
    }
}
