using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Participation;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// The page an outside rater reaches from their invitation mail: no account, only the token. It explains the nine
/// blocks and asks a score and a note for each; the link works once and expires. As the AMORE link does: unknown links
/// answer 404, expired ones 410, used ones and closed rounds 409, each with a plain explanation and nothing written.
/// </summary>
[AllowAnonymous]
public sealed class ExternalModel(CirculairDbContext db, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public HealthCheckRatingInput Rating { get; set; } = new();

    public ExternalState State { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string RaterName { get; private set; } = "";
    public string RoundTitle { get; private set; } = "";
    public DateTime ExpiresAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (State == ExternalState.Open && TempData.Peek("HealthCheckThanks") is null)
        {
            return Page();
        }
        if (TempData["HealthCheckThanks"] is string thanked && invitation is not null && thanked == invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            State = ExternalState.Thanks;
        }
        Response.StatusCode = StatusFor(State);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (State != ExternalState.Open || invitation is null)
        {
            Response.StatusCode = StatusFor(State);
            ModelState.Clear();
            return Page();
        }
        if (!Rating.Check(ModelState, nameof(Rating), t))
        {
            return Page();
        }
        invitation.Rate(Rating.ToScores(), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["HealthCheckThanks"] = invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Redirect($"/health-check/{token}");
    }

    private static int StatusFor(ExternalState state) => state switch
    {
        ExternalState.Unknown => StatusCodes.Status404NotFound,
        ExternalState.Expired => StatusCodes.Status410Gone,
        ExternalState.Used or ExternalState.Closed => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status200OK,
    };

    private async Task<HealthCheckInvitation?> LoadAsync(string token, CancellationToken ct)
    {
        var hash = PersonalLinkToken.Hash(token ?? "");
        var invitation = await db.HealthCheckInvitations
            .Include(i => i.Round).ThenInclude(r => r.Ratings).ThenInclude(x => x.Scores)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            State = ExternalState.Unknown;
            return null;
        }
        OrganisationName = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        RaterName = invitation.Name;
        RoundTitle = invitation.Round.Title;
        ExpiresAt = invitation.ExpiresAt;
        State = invitation.StateAt(clock.GetUtcNow().UtcDateTime) switch
        {
            AmoreLinkState.Used => ExternalState.Used,
            AmoreLinkState.Expired => ExternalState.Expired,
            _ when !invitation.Round.IsOpen => ExternalState.Closed,
            _ => ExternalState.Open,
        };
        return invitation;
    }

    public enum ExternalState
    {
        Open,
        Thanks,
        Used,
        Expired,
        Closed,
        Unknown,
    }
}
