using System.Globalization;
using System.Security.Claims;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Htmx;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Prioritisation;

/// <summary>
/// Tool 6, the impact/effort matrix: the actions as labelled points in the four quadrants, filterable by domain and
/// goal, with every score's mean and spread in the table beside it and the mix check above. A Teamlid scores with the
/// form (one rating per member per action; a new one replaces the old); with JavaScript, dragging a point posts the
/// same form with the scores where the point was dropped. The member's own scores are drawn beside the mean (a point
/// that is a mean of several raters would otherwise jump back after a drag), actions done with neighbouring
/// governments get a ring, and strong disagreement between raters is flagged and listed.
/// Cached (decision 0171): it reads only organisation data; workshop participants' scores reach it as ratings copied
/// into the strategy when the workshop activity closes (an organisation write that raises the data version).
/// </summary>
[CachedPage]
public sealed class MatrixModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : StrategyPageModel(db, current)
{
    [BindProperty(SupportsGet = true, Name = "domain")]
    public int? DomainFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? GoalFilter { get; set; }

    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public MatrixData Data { get; private set; } = null!;
    public List<SelectListItem> DomainItems { get; private set; } = [];
    public List<SelectListItem> GoalItems { get; private set; } = [];
    public List<SelectListItem> ActionItems { get; private set; } = [];

    public string Query => string.Join("&", new[] { DomainFilter is { } d ? $"domain={d}" : null, GoalFilter is { } g ? $"goal={g}" : null }.Where(x => x is not null));

    public string MatrixUrl => Link("/matrix") + (Query.Length > 0 ? "?" + Query : "");

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var action = Input.PlannedActionId is { } id
            ? await Db.PlannedActions.InOrganisation(Org.Id).Include(a => a.Ratings).FirstOrDefaultAsync(a => a.Id == id && a.TrajectoryId == TrajectoryId, ct)
            : null;
        if (action is null)
        {
            ModelState.AddModelError("Input.PlannedActionId", t["Prioritisation.Validation.ChooseAction"]);
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        var userId = int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var name = await Db.Users.Where(u => u.Id == userId).Select(u => u.DisplayName).FirstAsync(ct);
        var outcome = action!.Rate(RaterKey.Member(userId), name, Input.Impact!.Value, Input.Effort!.Value, clock.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync(ct);
        if (Request.IsHtmx())
        {
            // The drag (impact-effort-drag.js) swaps in the matrix as it now stands: answer it at once, no redirect.
            await LoadAsync(ct);
            return Page();
        }
        TempData["Flash"] = outcome == RateOutcome.Replaced ? "Prioritisation.Rate.Replaced" : "Prioritisation.Rate.Saved";
        return Redirect(MatrixUrl + $"#matrix");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Strategy is null && !await LoadStrategyAsync(ct))
        {
            return false;
        }
        var domains = await Db.StrategyDomains.InOrganisation(Org.Id).Where(d => d.TrajectoryId == TrajectoryId).Select(d => new { d.Id, d.DomainCode }).ToListAsync(ct);
        var goals = await Db.StrategyGoals.InOrganisation(Org.Id).Where(g => g.TrajectoryId == TrajectoryId)
            .OrderBy(g => g.StrategyDomainId).ThenBy(g => g.Position).Select(g => new { g.Id, g.StrategyDomainId, g.Statement }).ToListAsync(ct);
        DomainFilter = domains.Any(d => d.Id == DomainFilter) ? DomainFilter : null;
        GoalFilter = goals.Any(g => g.Id == GoalFilter && (DomainFilter is null || g.StrategyDomainId == DomainFilter)) ? GoalFilter : null;
        DomainItems = [new(t["Prioritisation.Matrix.AllDomains"], ""), .. domains.Select(d => new SelectListItem(Circulair.Reference.ActionDomains.Find(d.DomainCode)?.Label.ToString() ?? d.DomainCode, d.Id.ToString(CultureInfo.InvariantCulture), d.Id == DomainFilter))];
        GoalItems = [new(t["Prioritisation.Matrix.AllGoals"], ""), .. goals.Where(g => DomainFilter is null || g.StrategyDomainId == DomainFilter).Select(g => new SelectListItem(g.Statement, g.Id.ToString(CultureInfo.InvariantCulture), g.Id == GoalFilter))];
        var viewer = int.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId) ? RaterKey.Member(userId).ToString() : null;
        Data = await MatrixData.LoadAsync(Db, Org.Id, TrajectoryId, DomainFilter, GoalFilter, ct, viewer);
        ActionItems = [new(t["Shared.Choose"], ""), .. Data.Shown.Select(a => new SelectListItem($"{a.Number} {a.Title}", a.Id.ToString(CultureInfo.InvariantCulture)))];
        return true;
    }
}
