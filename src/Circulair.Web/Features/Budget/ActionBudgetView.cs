using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Budget;

/// <summary>The budget of one action: per year planned and FTE (sheet), committed and spent (follow-up), its BBC code and its funding.</summary>
public sealed record ActionBudgetView(IReadOnlyList<CheckedBudgetYear> Years, string? Code, IReadOnlyList<BbcPlanEntry> Path, IReadOnlyList<FundingRow> Funding)
{
    public decimal Planned => Years.Sum(y => y.Planned ?? 0m);
    public decimal Committed => Years.Sum(y => y.Committed ?? 0m);
    public decimal Spent => Years.Sum(y => y.Spent ?? 0m);

    public static async Task<ActionBudgetView> LoadAsync(CirculairDbContext db, int organisationId, int actionId, IReadOnlyList<BbcPlanEntry> plan, CancellationToken ct)
    {
        var planned = await db.ActionBudgetYears.InOrganisation(organisationId).Where(y => y.PlannedActionId == actionId)
            .Select(y => new { y.Year, y.Euros, y.Fte }).ToListAsync(ct);
        var spending = await db.ActionSpendings.InOrganisation(organisationId).Where(s => s.PlannedActionId == actionId)
            .Select(s => new { s.Year, s.Committed, s.Spent }).ToListAsync(ct);
        var years = planned.Select(p => p.Year).Union(spending.Select(s => s.Year)).Order().Select(year =>
        {
            var p = planned.FirstOrDefault(x => x.Year == year);
            var s = spending.FirstOrDefault(x => x.Year == year);
            return new CheckedBudgetYear(year, p?.Euros, s?.Committed, s?.Spent, p?.Fte);
        }).ToList();
        var code = await db.ActionBbcLinks.InOrganisation(organisationId).Where(l => l.PlannedActionId == actionId).Select(l => l.Code).FirstOrDefaultAsync(ct);
        var funding = await OverviewModel.FundingAsync(db, organisationId, [actionId], ct);
        return new ActionBudgetView(years, code, code is null ? [] : BudgetData.PathOf(code, plan), funding);
    }
}
