using System.ComponentModel.DataAnnotations;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// A coordinator runs a round here, as for the AMORE check: invites outside raters by e-mail (a personal no-login
/// link), sends a fresh link to someone who wants to change their scores, and closes or reopens the round. Names and
/// e-mail addresses are personal data, so only coordinators see this page.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
[EnableRateLimiting(RateLimits.Invitations)]
public sealed class RatersModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, IMailSender mail) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new();

    public HealthCheckRound Round { get; private set; } = null!;
    public IReadOnlyList<HealthCheckInvitation> Invitations { get; private set; } = [];
    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync(int healthCheckRoundId, CancellationToken ct) =>
        await LoadAsync(healthCheckRoundId, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostInviteAsync(int healthCheckRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(healthCheckRoundId, ct))
        {
            return NotFound();
        }
        if (!Round.IsOpen)
        {
            throw new DomainException("HealthCheck.Error.RoundClosed");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var (invitation, token) = HealthCheckInvitation.Create(Round, Input.Name!, Input.Email!, Now);
        db.HealthCheckInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await SendAsync(invitation, token, ct);
        TempData["Flash"] = "HealthCheck.Invited";
        return Redirect(RatersUrl());
    }

    public async Task<IActionResult> OnPostRenewAsync(int healthCheckRoundId, int healthCheckInvitationId, CancellationToken ct)
    {
        if (!await LoadAsync(healthCheckRoundId, ct))
        {
            return NotFound();
        }
        var invitation = Invitations.FirstOrDefault(i => i.Id == healthCheckInvitationId);
        if (invitation is null)
        {
            return NotFound();
        }
        var token = invitation.Renew(Now);
        await db.SaveChangesAsync(ct);
        await SendAsync(invitation, token, ct);
        TempData["Flash"] = "HealthCheck.Renewed";
        return Redirect(RatersUrl());
    }

    public async Task<IActionResult> OnPostCloseAsync(int healthCheckRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(healthCheckRoundId, ct))
        {
            return NotFound();
        }
        Round.Close(Now);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "HealthCheck.ClosedFlash";
        return Redirect(HealthCheckRoundRow.Url(current.Value.Slug, Round.Id));
    }

    public async Task<IActionResult> OnPostReopenAsync(int healthCheckRoundId, CancellationToken ct)
    {
        if (!await LoadAsync(healthCheckRoundId, ct))
        {
            return NotFound();
        }
        Round.Reopen();
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "HealthCheck.ReopenedFlash";
        return Redirect(RatersUrl());
    }

    private string RatersUrl() => HealthCheckRoundRow.Url(current.Value.Slug, Round.Id, "/raters");

    private Task SendAsync(HealthCheckInvitation invitation, string token, CancellationToken ct)
    {
        var link = $"{Request.Scheme}://{Request.Host}/health-check/{token}";
        var body = t["HealthCheck.Mail.Body", invitation.Name, current.Value.Name, link, LocalTime.ShowDate(invitation.ExpiresAt)].Value;
        return mail.SendAsync(new OutgoingMail(invitation.Email, t["HealthCheck.Mail.Subject", current.Value.Name], body), ct);
    }

    private async Task<bool> LoadAsync(int healthCheckRoundId, CancellationToken ct)
    {
        ViewData["Section"] = "healthcheck";
        Now = clock.GetUtcNow().UtcDateTime;
        var round = await db.HealthCheckRounds.InOrganisation(current.Value.Id)
            .Include(r => r.Ratings)
            .FirstOrDefaultAsync(r => r.Id == healthCheckRoundId, ct);
        if (round is null)
        {
            return false;
        }
        Round = round;
        Invitations = await db.HealthCheckInvitations.InOrganisation(current.Value.Id)
            .Where(i => i.HealthCheckRoundId == healthCheckRoundId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(ct);
        return true;
    }

    public sealed class InviteInput
    {
        [Display(Name = "HealthCheck.Field.Name")]
        [Required(ErrorMessage = "HealthCheck.Validation.NameRequired")]
        [StringLength(HealthCheckInvitation.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "HealthCheck.Field.Email")]
        [Required(ErrorMessage = "HealthCheck.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "HealthCheck.Validation.EmailInvalid")]
        [StringLength(HealthCheckInvitation.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }
    }
}
