using System.Globalization;
using Circulair.Participation;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Shared.PersonalLinks;

/// <summary>
/// A coordinator runs a rating round with outside raters here (AMORE, health check): invites them by e-mail with a
/// personal no-login link, sends a fresh link to someone who wants to change their scores, and closes or reopens the
/// round. Names and e-mail addresses are personal data, so the pages that derive from this one are Coördinator-only.
/// Each kind says where its round lives, how an invitation is made and which texts it uses.
/// </summary>
public abstract class RatersPageModel<TRound, TInvitation>(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, IMailSender mail) : PageModel
    where TRound : class, IRatingRound
    where TInvitation : class, IPersonalLinkInvitation
{
    protected CirculairDbContext Db => db;

    public TRound Round { get; private set; } = null!;
    public IReadOnlyList<TInvitation> Invitations { get; private set; } = [];
    public DateTime Now { get; private set; }

    protected CurrentOrganisation Current => current;

    /// <summary>The prefix of this kind's texts: <c>…Invited</c>, <c>…Renewed</c>, <c>…ClosedFlash</c>,
    /// <c>…ReopenedFlash</c>, <c>…Mail.Subject</c>, <c>…Mail.Body</c>.</summary>
    protected abstract string TextPrefix { get; }

    /// <summary>The error key when someone is invited into a closed round.</summary>
    protected abstract string RoundClosedError { get; }

    /// <summary>The rater's page for a token, e.g. <c>/amore/{token}</c>.</summary>
    protected abstract string ExternalPath(string token);

    protected abstract string RatersUrl();

    /// <summary>Where closing the round leads.</summary>
    protected abstract string RoundUrl();

    /// <summary>The round named by the route, in the current organisation, or null (404).</summary>
    protected abstract Task<TRound?> FindRoundAsync(CancellationToken ct);

    protected abstract Task<List<TInvitation>> InvitationsAsync(TRound round, CancellationToken ct);

    /// <summary>A new invitation from the bound input, added to the context, with its raw token.</summary>
    protected abstract (TInvitation Invitation, string Token) Invite(TRound round, DateTime now);

    protected int RouteId(string name) => int.Parse((string)RouteData.Values[name]!, CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!Round.IsOpen)
        {
            throw new DomainException(RoundClosedError);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (invitation, token) = Invite(Round, Now);
        await db.SaveChangesAsync(ct);
        await SendAsync(invitation, token, ct);
        TempData["Flash"] = TextPrefix + "Invited";
        return Redirect(RatersUrl());
    }

    public async Task<IActionResult> OnPostRenewAsync(int invitationId, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var invitation = Invitations.FirstOrDefault(i => i.Id == invitationId);
        if (invitation is null)
        {
            return NotFound();
        }
        var token = invitation.Renew(Now);
        await db.SaveChangesAsync(ct);
        await SendAsync(invitation, token, ct);
        TempData["Flash"] = TextPrefix + "Renewed";
        return Redirect(RatersUrl());
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Round.Close(Now);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = TextPrefix + "ClosedFlash";
        return Redirect(RoundUrl());
    }

    public async Task<IActionResult> OnPostReopenAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Round.Reopen();
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = TextPrefix + "ReopenedFlash";
        return Redirect(RatersUrl());
    }

    private Task SendAsync(TInvitation invitation, string token, CancellationToken ct)
    {
        var link = $"{Request.Scheme}://{Request.Host}{ExternalPath(token)}";
        var body = t[TextPrefix + "Mail.Body", invitation.Name, current.Value.Name, link, LocalTime.ShowDate(invitation.ExpiresAt)].Value;
        return mail.SendAsync(new OutgoingMail(invitation.Email, t[TextPrefix + "Mail.Subject", current.Value.Name], body), ct);
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Now = clock.GetUtcNow().UtcDateTime;
        var round = await FindRoundAsync(ct);
        if (round is null)
        {
            return false;
        }
        Round = round;
        Invitations = await InvitationsAsync(round, ct);
        return true;
    }
}
