using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Actions;

/// <summary>An action's Tool 7 sheet as read (the print view and the read-only page): the action, where it hangs, who is involved.</summary>
public sealed record SheetView(PlannedAction Action, ActionSheet Sheet, string? Line, string? Goal, string? Domain, string? OwnerName, IReadOnlyList<(string Name, string? Role)> Partners, BudgetSummary Budget)
{
    /// <summary>Loads the action with its sheet lists (read-only), or null when it is not in this strategy.</summary>
    public static async Task<SheetView?> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, int actionId, CancellationToken ct)
    {
        var action = await db.PlannedActions.InOrganisation(organisationId).AsNoTracking()
            .Include(a => a.Partners).Include(a => a.Milestones).Include(a => a.Steps).Include(a => a.Risks).Include(a => a.Budget)
            .Include(a => a.Line!).ThenInclude(l => l.Goal).ThenInclude(g => g.Domain)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == actionId && a.TrajectoryId == trajectoryId, ct);
        if (action is null)
        {
            return null;
        }
        var people = await StrategyPeople.LoadAsync(db, organisationId, ct);
        var sheet = action.Sheet;
        return new SheetView(action, sheet, action.Line?.Title, action.Line?.Goal.Statement, action.Line?.Goal.Domain.Domain.Label.ToString(),
            people.NameOf(action.Owner),
            [.. sheet.Partners.Select(p => (people.NameOf(ActionOwner.OfStakeholder(p.StakeholderId)) ?? "?", p.Role))],
            BudgetSummary.Of(sheet.Budget));
    }
}
