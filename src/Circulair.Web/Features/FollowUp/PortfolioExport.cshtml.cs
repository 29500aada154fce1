using Circulair.Budget;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Strategy.Table;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>The portfolio as .xlsx: Tool 8's columns plus the follow-up columns, with the page's filters applied.</summary>
public sealed class PortfolioExportModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : StrategyPageModel(db, current)
{
    [BindProperty(SupportsGet = true, Name = "domain")]
    public int? DomainFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? GoalFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "owner")]
    public string? OwnerFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "flag")]
    public string? FlagFilter { get; set; }

    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var data = await FollowUpData.LoadAsync(Db, Org.Id, TrajectoryId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        var shown = new PortfolioFilter(DomainFilter, GoalFilter, OwnerFilter, FlagFilter).Apply(data.Actions).ToDictionary(a => a.Id);
        var rows = await ActionTableData.LoadAsync(Db, Org.Id, TrajectoryId, ct);
        var spent = await SpentAsync(Db, Org.Id, TrajectoryId, ct);
        var bytes = XlsxTableWriter.ToBytes(PortfolioWorkbook.Build(rows, shown, spent, t));
        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(bytes, XlsxTableWriter.ContentType, $"portfolio-{Org.Slug}-{TrajectoryId}-{day}.xlsx");
    }

    /// <summary>What each action of the strategy has spent over all years (summed here: SQLite cannot sum decimals).</summary>
    public static async Task<Dictionary<int, decimal>> SpentAsync(Circulair.Persistence.CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        // The strategy's actions are a subquery, not a command of their own.
        var ids = db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId).Select(a => a.Id);
        return (await db.ActionSpendings.InOrganisation(organisationId).Where(s => ids.Contains(s.PlannedActionId) && s.Spent != null)
                .Select(s => new { s.PlannedActionId, s.Spent }).ToListAsync(ct))
            .GroupBy(s => s.PlannedActionId).ToDictionary(g => g.Key, g => g.Sum(s => s.Spent ?? 0m));
    }
}
