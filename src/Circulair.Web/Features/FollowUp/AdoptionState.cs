using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
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

    /// <summary>
    /// The adoption with each action's change since (when adopted), and the actions as tree nodes, read from the same rows:
    /// the strategy overview's tree needs no query of its own for them. In six commands when adopted, else one (the caller
    /// reads the nodes then): the version with its decision, the actions with their budget years (one join), and their
    /// partners, milestones, steps and risks (one query each, decision 0340's budget; a split query took one more).
    /// </summary>
    public static async Task<(AdoptionState State, IReadOnlyList<ActionNode>? Actions)> LoadWithChangesAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        var latest = await db.AdoptedVersions.InOrganisation(organisationId).Where(v => v.TrajectoryId == trajectoryId)
            .OrderByDescending(v => v.Number).Include(v => v.Decision).AsNoTracking().FirstOrDefaultAsync(ct);
        if (latest is null)
        {
            return (None, null);
        }
        var actions = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Include(a => a.Budget).AsNoTracking().ToListAsync(ct);
        var partners = (await db.ActionPartners.InOrganisation(organisationId).Where(p => p.Action.TrajectoryId == trajectoryId)
            .Select(p => new { p.PlannedActionId, p.Position, Entry = new PartnerEntry(p.StakeholderId, p.Role) }).ToListAsync(ct))
            .OrderBy(p => p.Position).ToLookup(p => p.PlannedActionId, p => p.Entry);
        var milestones = (await db.ActionMilestones.InOrganisation(organisationId).Where(m => m.Action.TrajectoryId == trajectoryId)
            .Select(m => new { m.PlannedActionId, m.Position, Entry = new MilestoneEntry(m.Date, m.Description, m.Done) }).ToListAsync(ct))
            .OrderBy(m => m.Position).ToLookup(m => m.PlannedActionId, m => m.Entry);
        var steps = (await db.ActionSteps.InOrganisation(organisationId).Where(x => x.Action.TrajectoryId == trajectoryId)
            .Select(x => new { x.PlannedActionId, x.Position, Entry = new StepEntry(x.Step, x.Deadline, x.Resources) }).ToListAsync(ct))
            .OrderBy(x => x.Position).ToLookup(x => x.PlannedActionId, x => x.Entry);
        var risks = (await db.ActionRisks.InOrganisation(organisationId).Where(r => r.Action.TrajectoryId == trajectoryId)
            .Select(r => new { r.PlannedActionId, r.Position, Entry = new RiskEntry(r.Description, r.Likelihood, r.Impact, r.Mitigation) }).ToListAsync(ct))
            .OrderBy(r => r.Position).ToLookup(r => r.PlannedActionId, r => r.Entry);
        var snapshot = latest.Snapshot();
        var changes = new Dictionary<int, AdoptionChange>();
        foreach (var action in actions)
        {
            // The action's sheet as PlannedAction.Sheet gives it when every list is loaded: the budget came with the action.
            var current = AdoptedAction.Of(action);
            current = current with
            {
                Sheet = current.Sheet with { Partners = [.. partners[action.Id]], Milestones = [.. milestones[action.Id]], Steps = [.. steps[action.Id]], Risks = [.. risks[action.Id]] },
            };
            changes[action.Id] = snapshot.ChangeOf(current);
        }
        var nodes = actions.OrderBy(a => a.Id)
            .Select(a => new ActionNode(a.Id, a.ActionLineId, a.Position, a.Number, a.Title, a.Status, a.ImpactMean, a.EffortMean, a.RatingCount)).ToList();
        return (new AdoptionState(latest.Id, latest.Number, latest.AdoptedOn, latest.Decision, changes), nodes);
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
