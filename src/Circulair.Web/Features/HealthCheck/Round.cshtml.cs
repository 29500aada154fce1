using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// One health-check round: the radar and the table of results, the notes per block, and for a Teamlid or higher
/// their own scores. Scoring again replaces one's earlier scores, and the page says so before and after.
/// </summary>
public sealed class RoundModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public HealthCheckRatingInput Rating { get; set; } = new();

    public HealthCheckRound Round { get; private set; } = null!;
    public HealthCheckResults Results { get; private set; } = HealthCheckResults.Empty;
    public bool HasRated { get; private set; }
    public bool CanRate => current.Value.Can(OrganisationRole.Teamlid) && Round.IsOpen;
    public bool CanManage => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(int healthCheckRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(healthCheckRoundId, ct))
        {
            return NotFound();
        }
        Rating = HealthCheckRatingInput.From(Round.RatingBy(RaterKey.Member(User.UserId())));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int healthCheckRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(healthCheckRoundId, ct))
        {
            return NotFound();
        }
        if (!Round.IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundClosed");
        }
        if (!Rating.Check(ModelState, nameof(Rating), t))
        {
            return Page();
        }
        var name = User.FindFirst(CirculairClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "?";
        var outcome = Round.Rate(RaterKey.Member(User.UserId()), name, Rating.ToScores(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = outcome == RateOutcome.Replaced ? "HealthCheck.RatingReplaced" : "HealthCheck.RatingSaved";
        return Redirect(HealthCheckRoundRow.Url(current.Value.Slug, Round.Id, "#results-title"));
    }

    private async Task<bool> LoadAsync(int healthCheckRoundId, CancellationToken ct)
    {
        ViewData["Section"] = "healthcheck";
        var round = await db.HealthCheckRounds.InOrganisation(current.Value.Id)
            .Include(r => r.Ratings).ThenInclude(x => x.Scores)
            .AsSplitQuery()
            .FirstOrDefaultAsync(r => r.Id == healthCheckRoundId, ct);
        if (round is null)
        {
            return false;
        }
        Round = round;
        Results = round.Results();
        HasRated = round.RatingBy(RaterKey.Member(User.UserId())) is not null;
        return true;
    }
}
