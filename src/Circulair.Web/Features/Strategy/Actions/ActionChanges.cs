using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>Changing an action's fields, shared by the edit page and the API (decision 0330).</summary>
public static class ActionChanges
{
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
