using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>
/// A coordinator runs a round here: invites external raters by e-mail (a personal no-login link), sends a
/// fresh link to someone who wants to change their rating, and closes or reopens the round. Names and
/// e-mail addresses are personal data, so only coordinators see this page.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
[EnableRateLimiting(RateLimits.Invitations)]
public sealed class RatersModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, IMailSender mail) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public VisionTrajectory Trajectory { get; private set; } = null!;
    public AmoreRound Round { get; private set; } = null!;
    public IReadOnlyList<AmoreInvitation> Invitations { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int amoreRoundId, CancellationToken ct) =>
        await LoadAsync(trajectoryId, amoreRoundId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
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
        var (invitation, token) = AmoreInvitation.Create(Round, Input.Name!, Input.Email!, Now);
        db.AmoreInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await SendAsync(invitation, token, ct);
        TempData["Flash"] = "Vision.Amore.Invited";
        return Redirect(RatersUrl(amoreRoundId));
    }

    public async Task<IActionResult> OnPostRenewAsync(int trajectoryId, int amoreRoundId, int amoreInvitationId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, amoreRoundId, ct))
        {
            return NotFound();
        }
        var invitation = Invitations.FirstOrDefault(i => i.Id == amoreInvitationId);
        if (invitation is null)
        {
            return NotFound();
        }
        var token = invitation.Renew(Now);
        await db.SaveChangesAsync(ct);
        await SendAsync(invitation, token, ct);
        TempData["Flash"] = "Vision.Amore.Renewed";
        return Redirect(RatersUrl(amoreRoundId));
    }

    public async Task<IActionResult> OnPostCloseAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, amoreRoundId, ct))
        {
            return NotFound();
        }
        Round.Close(Now);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Vision.Amore.ClosedFlash";
        return Redirect(Trajectory.Url(current.Value.Slug, $"/amore/{amoreRoundId}"));
    }

    public async Task<IActionResult> OnPostReopenAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(trajectoryId, amoreRoundId, ct))
        {
            return NotFound();
        }
        Round.Reopen();
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Vision.Amore.ReopenedFlash";
        return Redirect(RatersUrl(amoreRoundId));
    }

    private string RatersUrl(int amoreRoundId) => Trajectory.Url(current.Value.Slug, $"/amore/{amoreRoundId}/raters");

    private Task SendAsync(AmoreInvitation invitation, string token, CancellationToken ct)
    {
        var link = $"{Request.Scheme}://{Request.Host}/amore/{token}";
        var body = t["Vision.Amore.Mail.Body", invitation.Name, current.Value.Name, link, LocalTime.ShowDate(invitation.ExpiresAt)].Value;
        return mail.SendAsync(new OutgoingMail(invitation.Email, t["Vision.Amore.Mail.Subject", current.Value.Name], body), ct);
    }

    private async Task<bool> LoadAsync(int trajectoryId, int amoreRoundId, CancellationToken ct)
    {
        ViewData["Section"] = "amore";
        Now = clock.GetUtcNow().UtcDateTime;
        Trajectory = (await VisionTrajectory.FindAsync(db, current.Value.Id, trajectoryId, ct))!;
        if (Trajectory is null)
        {
            return false;
        }
        var round = await db.AmoreRounds.InOrganisation(current.Value.Id)
            .Include(r => r.VisionVersion)
            .Include(r => r.Ratings)
            .FirstOrDefaultAsync(r => r.Id == amoreRoundId && r.TrajectoryId == trajectoryId, ct);
        if (round is null)
        {
            return false;
        }
        Round = round;
        Invitations = await db.AmoreInvitations.InOrganisation(current.Value.Id)
            .Where(i => i.AmoreRoundId == amoreRoundId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(ct);
        return true;
    }

    public sealed class InviteInput
    {
        [Display(Name = "Vision.Amore.Field.Name")]
        [Required(ErrorMessage = "Vision.Validation.NameRequired")]
        [StringLength(AmoreInvitation.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "Vision.Amore.Field.Email")]
        [Required(ErrorMessage = "Vision.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "Vision.Validation.EmailInvalid")]
        [StringLength(AmoreInvitation.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }
    }
}
