using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>
/// One AMORE round: the statement being rated, the results, and for a Teamlid or higher their own rating.
/// Rating again replaces one's earlier rating, and the page says so before and after.
/// </summary>
public sealed class RoundModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RatingInput Rating { get; set; } = new();

    public VisionTrajectory Trajectory { get; private set; } = null!;
    public AmoreRound Round { get; private set; } = null!;
    public VisionSnapshot Snapshot { get; private set; } = VisionSnapshot.Empty;
    public AmoreResults Results { get; private set; } = AmoreResults.From([]);
    public bool HasRated { get; private set; }
    public bool CanRate => current.Value.Can(OrganisationRole.Teamlid) && Round.IsOpen;
    public bool CanManage => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, amoreRoundId, ct))
        {
            return NotFound();
        }
        Rating = RatingInput.From(Round.RatingBy(RaterKey.Member(User.UserId())));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, amoreRoundId, ct))
        {
            return NotFound();
        }
        if (!Round.IsOpen)
        {
            throw new DomainException("Vision.Error.AmoreRoundClosed");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var name = User.FindFirst(CirculairClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "?";
        var outcome = Round.Rate(RaterKey.Member(User.UserId()), name, Rating.ToScores(), Rating.Comment, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = outcome == RateOutcome.Replaced ? "Vision.Amore.RatingReplaced" : "Vision.Amore.RatingSaved";
        return Redirect(Trajectory.Url(current.Value.Slug, $"/amore/{Round.Id}#results-title"));
    }

    private async Task<bool> LoadAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
    {
        ViewData["Section"] = "amore";
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return false;
        }
        var round = await db.AmoreRounds.InOrganisation(current.Value.Id)
            .Include(r => r.Ratings)
            .Include(r => r.VisionVersion)
            .FirstOrDefaultAsync(r => r.Id == amoreRoundId && r.TrajectoryId == trajectoryId, ct);
        if (round is null)
        {
            return false;
        }
        Round = round;
        Snapshot = round.VisionVersion.Snapshot();
        Results = round.Results();
        HasRated = round.RatingBy(RaterKey.Member(User.UserId())) is not null;
        return true;
    }
}
