using System.Globalization;
using Circulair.Participation;
using Circulair.Persistence;
using Circulair.Vision;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Shared.PersonalLinks;

/// <summary>What an outside rater's personal link can lead to.</summary>
public enum PersonalLinkPageState
{
    Open,
    Thanks,
    Used,
    Expired,
    Closed,
    Unknown,
}

/// <summary>
/// The page an outside rater reaches from an invitation mail (AMORE, health check): no account, only the token. The
/// link works once and expires. Unknown links answer 404, expired ones 410, used ones and closed rounds 409, each with
/// a plain explanation and nothing written; after a rating the same address thanks the rater once.
/// </summary>
public abstract class ExternalRatingPageModel<TInvitation>(CirculairDbContext db, TimeProvider clock) : PageModel
    where TInvitation : class, IPersonalLinkInvitation
{
    protected CirculairDbContext Db => db;

    public PersonalLinkPageState State { get; private set; }
    public string OrganisationName { get; private set; } = "";
    public string RaterName { get; private set; } = "";
    public DateTime ExpiresAt { get; private set; }

    /// <summary>The TempData key that marks a rating just given through this kind of link.</summary>
    protected abstract string ThanksKey { get; }

    /// <summary>The page's address for a token, e.g. <c>/amore/{token}</c>.</summary>
    protected abstract string PathFor(string token);

    /// <summary>The invitation with this token hash, its round and what <see cref="TryRate"/> needs, or null.</summary>
    protected abstract Task<TInvitation?> FindAsync(string tokenHash, CancellationToken ct);

    protected abstract bool RoundIsOpen(TInvitation invitation);

    /// <summary>Reads what the page shows of the round (a statement, a title).</summary>
    protected virtual void Describe(TInvitation invitation)
    {
    }

    /// <summary>Checks the bound input and rates; false when the input is invalid (the page shows the errors).</summary>
    protected abstract bool TryRate(TInvitation invitation, DateTime now);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (State == PersonalLinkPageState.Open && TempData.Peek(ThanksKey) is null)
        {
            return Page();
        }
        if (TempData[ThanksKey] is string thanked && invitation is not null && thanked == invitation.Id.ToString(CultureInfo.InvariantCulture))
        {
            State = PersonalLinkPageState.Thanks;
        }
        Response.StatusCode = StatusFor(State);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        var invitation = await LoadAsync(token, ct);
        if (State != PersonalLinkPageState.Open || invitation is null)
        {
            Response.StatusCode = StatusFor(State);
            ModelState.Clear();
            return Page();
        }
        if (!TryRate(invitation, clock.GetUtcNow().UtcDateTime))
        {
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData[ThanksKey] = invitation.Id.ToString(CultureInfo.InvariantCulture);
        return Redirect(PathFor(token));
    }

    private static int StatusFor(PersonalLinkPageState state) => state switch
    {
        PersonalLinkPageState.Unknown => StatusCodes.Status404NotFound,
        PersonalLinkPageState.Expired => StatusCodes.Status410Gone,
        PersonalLinkPageState.Used or PersonalLinkPageState.Closed => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status200OK,
    };

    private async Task<TInvitation?> LoadAsync(string token, CancellationToken ct)
    {
        var invitation = await FindAsync(PersonalLinkToken.Hash(token ?? ""), ct);
        if (invitation is null)
        {
            State = PersonalLinkPageState.Unknown;
            return null;
        }
        OrganisationName = await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        RaterName = invitation.Name;
        ExpiresAt = invitation.ExpiresAt;
        Describe(invitation);
        State = invitation.StateAt(clock.GetUtcNow().UtcDateTime) switch
        {
            AmoreLinkState.Used => PersonalLinkPageState.Used,
            AmoreLinkState.Expired => PersonalLinkPageState.Expired,
            _ when !RoundIsOpen(invitation) => PersonalLinkPageState.Closed,
            _ => PersonalLinkPageState.Open,
        };
        return invitation;
    }
}
