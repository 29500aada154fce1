using System.Globalization;
using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>
/// The budget of one strategy read in four commands: the planned budget and FTE per action and year (action sheets),
/// what was committed and spent, each action's BBC code and the organisation's meerjarenplan; added up by
/// <see cref="BudgetOverview"/> in Core. Also the budget of one action for its pages.
/// </summary>
public static class BudgetData
{
    public static async Task<BudgetOverview> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        (await LoadWithActionsAsync(db, organisationId, trajectoryId, ct)).Overview;

    /// <summary>The budget of the strategy and its actions as the budget pages name them (four commands).</summary>
    public static async Task<(BudgetOverview Overview, Dictionary<int, BudgetActionName> Actions)> LoadWithActionsAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        // Each action's BBC code (one at most) comes with it, read through the action and not filtered on the organisation
        // as well: a correlated subquery with that filter made SQLite choose the organisation's index (decision 0385).
        var codes = db.ActionBbcLinks.AsQueryable();
        var actions = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new
            {
                Name = new BudgetActionName(a.Id, a.Number, a.Title, a.Line == null ? null : a.Line.StrategyGoalId),
                Code = codes.Where(l => l.PlannedActionId == a.Id).Select(l => l.Code).FirstOrDefault(),
            })
            .ToListAsync(ct);
        var planned = await db.ActionBudgetYears.InOrganisation(organisationId).Where(y => y.Action.TrajectoryId == trajectoryId)
            .Select(y => new { y.PlannedActionId, y.Year, y.Euros, y.Fte }).ToListAsync(ct);
        var ids = actions.Select(a => a.Name.Id).ToList();
        var spending = await db.ActionSpendings.InOrganisation(organisationId).Where(s => ids.Contains(s.PlannedActionId))
            .Select(s => new { s.PlannedActionId, s.Year, s.Committed, s.Spent }).ToListAsync(ct);
        var links = actions.Where(a => a.Code is not null).ToDictionary(a => a.Name.Id, a => a.Code!);
        var goals = actions.ToDictionary(a => a.Name.Id, a => a.Name.GoalId);
        var lines = new List<BudgetLine>();
        foreach (var key in planned.Select(p => (p.PlannedActionId, p.Year)).Union(spending.Select(s => (s.PlannedActionId, s.Year))))
        {
            var p = planned.FirstOrDefault(x => x.PlannedActionId == key.PlannedActionId && x.Year == key.Year);
            var s = spending.FirstOrDefault(x => x.PlannedActionId == key.PlannedActionId && x.Year == key.Year);
            lines.Add(new BudgetLine(key.PlannedActionId, goals.GetValueOrDefault(key.PlannedActionId), key.Year, p?.Euros, s?.Committed, s?.Spent, p?.Fte));
        }
        return (BudgetOverview.Compute(lines, links, await PlanAsync(db, organisationId, ct)), actions.ToDictionary(a => a.Name.Id, a => a.Name));
    }

    /// <summary>A planned budget year or a spending year of one action, as <see cref="OverviewOf"/> takes it.</summary>
    public sealed record YearRow(int ActionId, int Year, decimal? Planned, double? Fte, decimal? Committed, decimal? Spent);

    /// <summary>
    /// The overview from rows a page read itself (the progress report reads them with the rest of its actions' lists), added
    /// up as <see cref="LoadWithActionsAsync"/> does: one line per action and year that has a plan, a spending or both.
    /// </summary>
    /// <param name="planned">Planned years (Committed and Spent unused).</param>
    /// <param name="spending">Spending years (Planned and Fte unused).</param>
    /// <param name="goals">Each action's goal (through its line), null without one.</param>
    /// <param name="codes">Each action's BBC code, for the actions that have one.</param>
    public static BudgetOverview OverviewOf(IReadOnlyList<YearRow> planned, IReadOnlyList<YearRow> spending,
        IReadOnlyDictionary<int, int?> goals, IReadOnlyDictionary<int, string> codes, IEnumerable<BbcPlanEntry> plan)
    {
        // Keyed once, not searched per line: a large strategy has thousands of years.
        var plannedBy = planned.GroupBy(p => (p.ActionId, p.Year)).ToDictionary(g => g.Key, g => g.First());
        var spentBy = spending.GroupBy(s => (s.ActionId, s.Year)).ToDictionary(g => g.Key, g => g.First());
        var lines = new List<BudgetLine>();
        foreach (var key in planned.Select(p => (p.ActionId, p.Year)).Union(spending.Select(s => (s.ActionId, s.Year))))
        {
            var p = plannedBy.GetValueOrDefault(key);
            var s = spentBy.GetValueOrDefault(key);
            lines.Add(new BudgetLine(key.ActionId, goals.GetValueOrDefault(key.ActionId), key.Year, p?.Planned, s?.Committed, s?.Spent, p?.Fte));
        }
        return BudgetOverview.Compute(lines, codes, plan);
    }

    public static async Task<List<BbcPlanEntry>> PlanAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        // The amounts come with their entry (one join, one command).
        var entries = await db.BbcEntries.InOrganisation(organisationId).OrderBy(e => e.Position)
            .Select(e => new { e.Code, e.Level, e.Title, e.ParentCode, Amounts = e.Amounts.Select(a => new { a.Year, a.Amount }).ToList() }).ToListAsync(ct);
        return [.. entries.Select(e => new BbcPlanEntry(e.Code, e.Level, e.Title, e.ParentCode, e.Amounts.ToDictionary(a => a.Year, a => a.Amount)))];
    }

    /// <summary>The choices of the BBC code field: every code of the plan, indented by level, "none" first.</summary>
    public static IEnumerable<(string Value, string Text)> CodeChoices(IEnumerable<BbcPlanEntry> plan) =>
        plan.Select(e => (e.Code, new string('\u00A0', ((int)e.Level - 1) * 3) + e.Code + " " + e.Title));

    /// <summary>The code and the codes above it, top first ("BD1 › AP1.1 › AC1.1.1").</summary>
    public static IReadOnlyList<BbcPlanEntry> PathOf(string code, IReadOnlyList<BbcPlanEntry> plan)
    {
        var byKey = plan.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.First());
        var path = new List<BbcPlanEntry>();
        for (var e = byKey.GetValueOrDefault(BbcEntry.Key(code)); e is not null && path.Count < 3 && !path.Contains(e);
             e = e.ParentCode is { } p ? byKey.GetValueOrDefault(BbcEntry.Key(p)) : null)
        {
            path.Insert(0, e);
        }
        return path;
    }

    public static string Euros(decimal? value) => StrategyLabels.Euros(value);

    /// <summary>Spent against planned in words: "€ 5.000 van € 12.000 (42 %)".</summary>
    public static string SpentOfPlanned(Text t, decimal spent, decimal planned) =>
        planned > 0m
            ? t["Budget.SpentOfPlanned", Euros(spent), Euros(planned), Math.Round(spent / planned * 100m, MidpointRounding.AwayFromZero).ToString("0", CultureInfo.CurrentCulture)]
            : spent > 0m ? t["Budget.SpentNothingPlanned", Euros(spent)] : "—";
}
