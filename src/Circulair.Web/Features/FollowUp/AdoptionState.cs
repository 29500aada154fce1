using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// Whether a trajectory's strategy is adopted (its latest adopted version and the decision behind it) and, when asked,
/// how each current action stands against that version: changed or new since. The full comparison is for later.
/// </summary>
public sealed record AdoptionState(int? VersionId, int Number, DateOnly? AdoptedOn, PoliticalDecision? Decision, IReadOnlyDictionary<int, AdoptionChange> Changes)
{
    public static readonly AdoptionState None = new(null, 0, null, null, new Dictionary<int, AdoptionChange>());

    public bool IsAdopted => VersionId is not null;

    public AdoptionChange? ChangeOf(int actionId) => IsAdopted && Changes.TryGetValue(actionId, out var c) && c != AdoptionChange.Ongewijzigd ? c : null;

    public static async Task<AdoptionState> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, bool withChanges, CancellationToken ct)
    {
        var latest = await db.AdoptedVersions.InOrganisation(organisationId).Where(v => v.TrajectoryId == trajectoryId)
            .OrderByDescending(v => v.Number).Include(v => v.Decision).AsNoTracking().FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return None;
        }
        var changes = new Dictionary<int, AdoptionChange>();
        if (withChanges)
        {
            var snapshot = latest.Snapshot();
            foreach (var action in await LoadActionsAsync(db, organisationId, trajectoryId, ct))
            {
                changes[action.Id] = snapshot.ChangeOf(action);
            }
        }
        return new AdoptionState(latest.Id, latest.Number, latest.AdoptedOn, latest.Decision, changes);
    }

    /// <summary>The strategy of a trajectory as the adopted version takes it: goals with domain and lines, actions with their whole sheet.</summary>
    public static async Task<AdoptedStrategy> TakeAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        var goals = await db.StrategyGoals.InOrganisation(organisationId).Where(g => g.TrajectoryId == trajectoryId)
            .Include(g => g.Domain).Include(g => g.Lines).AsNoTracking().ToListAsync(ct);
        return AdoptedStrategy.Of(goals, await LoadActionsAsync(db, organisationId, trajectoryId, ct));
    }

    private static Task<List<PlannedAction>> LoadActionsAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);
}
