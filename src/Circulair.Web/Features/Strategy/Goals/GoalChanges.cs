using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>Adding and removing a goal, shared by the goal pages and the API (decision 0370).</summary>
public static class GoalChanges
{
    /// <summary>Adds a checked goal at the end of its domain's goals; a domain that is not retained refuses (<see cref="DomainException"/>). Saves.</summary>
    public static async Task<StrategyGoal> AddAsync(CirculairDbContext db, int organisationId, StrategyDomain domain, GoalDetails details, CancellationToken ct)
    {
        var position = await db.StrategyGoals.InOrganisation(organisationId).Where(g => g.StrategyDomainId == domain.Id).Select(g => (int?)g.Position).MaxAsync(ct) ?? 0;
        var goal = new StrategyGoal(domain, position + 1, details);
        db.StrategyGoals.Add(goal);
        await db.SaveChangesAsync(ct);
        return goal;
    }

    /// <summary>
    /// Removes a goal with its action lines. Its actions are kept: they leave their lines first (and join the end of
    /// the actions without a line), so nothing depends on the database's SET NULL and the audit trail records the
    /// move. The goals after it move up. Saves.
    /// </summary>
    public static async Task RemoveAsync(CirculairDbContext db, int organisationId, StrategyGoal goal, CancellationToken ct)
    {
        var lineIds = await db.ActionLines.InOrganisation(organisationId).Where(l => l.StrategyGoalId == goal.Id).Select(l => l.Id).ToListAsync(ct);
        var loose = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == goal.TrajectoryId && a.ActionLineId == null).ToListAsync(ct);
        var moving = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.ActionLineId != null && lineIds.Contains(a.ActionLineId.Value))
            .OrderBy(a => a.ActionLineId).ThenBy(a => a.Position).ToListAsync(ct);
        foreach (var action in moving)
        {
            action.MoveTo(null, [], loose);
            loose.Add(action);
        }
        db.StrategyGoals.Remove(goal);
        var siblings = await db.StrategyGoals.InOrganisation(organisationId).Where(g => g.StrategyDomainId == goal.StrategyDomainId && g.Id != goal.Id).OrderBy(g => g.Position).ToListAsync(ct);
        TreeOrder.Renumber(siblings);
        await db.SaveChangesAsync(ct);
    }
}
