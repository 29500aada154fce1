using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Lines;

/// <summary>Adding and removing an action line, shared by the line pages and the API (decision 0370).</summary>
public static class LineChanges
{
    /// <summary>
    /// Adds a line at the end of its goal's lines. Not below a dropped domain: that refuses with
    /// <see cref="DomainException"/> (the page says so before it gets here). Saves.
    /// </summary>
    public static async Task<ActionLine> AddAsync(CirculairDbContext db, int organisationId, StrategyGoal goal, string? title, string? description, CancellationToken ct)
    {
        if (goal.Domain.IsDropped)
        {
            throw new DomainException("Strategy.Line.DomainDropped", goal.Domain.Domain.Label.ToString());
        }
        var position = await db.ActionLines.InOrganisation(organisationId).Where(l => l.StrategyGoalId == goal.Id).Select(l => (int?)l.Position).MaxAsync(ct) ?? 0;
        var line = new ActionLine(goal, position + 1, title, description);
        db.ActionLines.Add(line);
        await db.SaveChangesAsync(ct);
        return line;
    }

    /// <summary>Removes a line; its actions are kept, without a line (at the end of those), to be placed again. Saves.</summary>
    public static async Task RemoveAsync(CirculairDbContext db, int organisationId, ActionLine line, CancellationToken ct)
    {
        var loose = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == line.TrajectoryId && a.ActionLineId == null).ToListAsync(ct);
        foreach (var action in await db.PlannedActions.InOrganisation(organisationId).Where(a => a.ActionLineId == line.Id).OrderBy(a => a.Position).ToListAsync(ct))
        {
            action.MoveTo(null, [], loose);
            loose.Add(action);
        }
        db.ActionLines.Remove(line);
        TreeOrder.Renumber(await db.ActionLines.InOrganisation(organisationId).Where(l => l.StrategyGoalId == line.StrategyGoalId && l.Id != line.Id).OrderBy(l => l.Position).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}
