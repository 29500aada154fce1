using Circulair.Persistence;
using Circulair.Vision;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>
/// The page an external stakeholder reaches from their invitation mail: no account, only the token. It shows
/// the statement and the five criteria; the link works once and expires. Unknown links answer 404, expired
/// ones 410, used ones and closed rounds 409, each with a plain explanation.
/// </summary>
[AllowAnonymous]
public sealed class ExternalModel(CirculairDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public RatingInput Rating { get; set; } = new();

    public ExternalState State { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string RaterName { get; private set; } = "";
    public string? Statement { get; private set; }
    public DateTime ExpiresAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (State == ExternalState.Open && TempData.Peek("AmoreThanks") is null)
        {
            return Page();
        }
        if (TempData["AmoreThanks"] is string thanked && invitation is not null && thanked == invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))
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
        if (!ModelState.IsValid)
        {
            return Page();
        }
        invitation.Rate(Rating.ToScores(), Rating.Comment, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["AmoreThanks"] = invitation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Redirect($"/amore/{token}");
    }

    private static int StatusFor(ExternalState state) => state switch
    {
        ExternalState.Unknown => StatusCodes.Status404NotFound,
        ExternalState.Expired => StatusCodes.Status410Gone,
        ExternalState.Used or ExternalState.Closed => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status200OK,
    };

    private async Task<AmoreInvitation?> LoadAsync(string token, CancellationToken ct)
    {
        var hash = AmoreInvitation.Hash(token ?? "");
        var invitation = await db.AmoreInvitations
            .Include(i => i.Round).ThenInclude(r => r.VisionVersion)
            .Include(i => i.Round).ThenInclude(r => r.Ratings)
            .FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        if (invitation is null)
        {
            State = ExternalState.Unknown;
            return null;
        }
        OrganisationName = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        RaterName = invitation.Name;
        ExpiresAt = invitation.ExpiresAt;
        Statement = invitation.Round.VisionVersion.Snapshot().Statement;
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
