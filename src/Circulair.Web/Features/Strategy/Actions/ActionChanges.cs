using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Adding, changing and removing an action, shared by the action pages and the API (decisions 0330 and 0370).</summary>
public static class ActionChanges
{
    /// <summary>
    /// Adds an action with checked <paramref name="details"/> to the trajectory, classified by the form's circularity
    /// profile, at the end of its line (<see cref="ActionInput.LineId"/>, or of the actions without a line); a line in a
    /// dropped domain refuses (<see cref="DomainException"/>). Saves.
    /// </summary>
    public static async Task<PlannedAction> AddAsync(CirculairDbContext db, int organisationId, int trajectoryId, ActionDetails details, ActionInput input, DateTime now, CancellationToken ct)
    {
        var action = new PlannedAction(organisationId, trajectoryId, details, now);
        action.Classify(string.IsNullOrEmpty(input.RStrategy) ? null : input.RStrategy, input.ValueChain, null, now);
        var line = input.LineId is { } id ? await db.ActionLines.InOrganisation(organisationId).Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == id, ct) : null;
        var siblings = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId && a.ActionLineId == input.LineId).ToListAsync(ct);
        action.PlaceIn(line, siblings);
        db.PlannedActions.Add(action);
        await db.SaveChangesAsync(ct);
        return action;
    }

    /// <summary>The action with everything its removal takes along (sheet rows and ratings), tracked; null when it is not this organisation's.</summary>
    public static Task<PlannedAction?> LoadForRemovalAsync(CirculairDbContext db, int organisationId, int actionId, CancellationToken ct) =>
        db.PlannedActions.InOrganisation(organisationId)
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget).Include(a => a.Ratings)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == actionId, ct);

    /// <summary>
    /// Removes an action loaded by <see cref="LoadForRemovalAsync"/> with its sheet and ratings; an idea it came from
    /// stays, no longer promoted, and the actions after it move up. Saves.
    /// </summary>
    public static async Task RemoveAsync(CirculairDbContext db, int organisationId, PlannedAction action, CancellationToken ct)
    {
        foreach (var idea in await db.StrategyIdeas.InOrganisation(organisationId).Where(i => i.PromotedActionId == action.Id).ToListAsync(ct))
        {
            idea.Unpromote();
        }
        db.PlannedActions.Remove(action);
        TreeOrder.Renumber(await db.PlannedActions.InOrganisation(organisationId)
            .Where(a => a.TrajectoryId == action.TrajectoryId && a.ActionLineId == action.ActionLineId && a.Id != action.Id).OrderBy(a => a.Position).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Gives the action checked <paramref name="details"/>; another <paramref name="lineId"/> moves it there (last),
    /// never into a dropped domain (the action refuses). Saves.
    /// </summary>
    public static async Task UpdateAsync(CirculairDbContext db, int organisationId, PlannedAction action, ActionDetails details, int? lineId, DateTime now, CancellationToken ct)
    {
        if (lineId != action.ActionLineId)
        {
            var target = lineId is { } id ? await db.ActionLines.InOrganisation(organisationId).Include(l => l.Goal).ThenInclude(g => g.Domain).SingleAsync(l => l.Id == id, ct) : null;
            var source = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == action.TrajectoryId && a.ActionLineId == action.ActionLineId).ToListAsync(ct);
            var siblings = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == action.TrajectoryId && a.ActionLineId == lineId).ToListAsync(ct);
            action.MoveTo(target, source, siblings);
        }
        action.Describe(details, now);
        await db.SaveChangesAsync(ct);
    }
}
