using System.Globalization;
using System.Security.Claims;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Prioritisation;

/// <summary>
/// Tool 6 for one action: every rater's impact and effort, the mean and spread of each, the quadrant, and the
/// member's own scores (a new rating replaces their earlier one).
/// </summary>
public sealed class RateModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public PlannedAction Action { get; private set; } = null!;
    public bool HasOwnRating { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var own = Action.RatingBy(RaterKey.Member(UserId()));
        HasOwnRating = own is not null;
        Input = new RatingInput { PlannedActionId = Action.Id, Impact = own?.Impact, Effort = own?.Effort };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var name = await Db.Users.Where(u => u.Id == UserId()).Select(u => u.DisplayName).FirstAsync(ct);
        var outcome = Action.Rate(RaterKey.Member(UserId()), name, Input.Impact!.Value, Input.Effort!.Value, clock.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = outcome == RateOutcome.Replaced ? "Prioritisation.Rate.Replaced" : "Prioritisation.Rate.Saved";
        return Redirect(Link($"/actions/{Action.Id}/rate"));
    }

    private int UserId() => int.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).Include(a => a.Ratings).FirstOrDefaultAsync(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        return true;
    }
}
