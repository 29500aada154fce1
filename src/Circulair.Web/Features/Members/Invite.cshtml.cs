using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Members;

/// <summary>
/// Invites a person by e-mail with a role, and sends an invitation again. Every request that sends a mail
/// passes here, under the Invitations rate limit. An address that is already a member is refused; an open
/// invitation for the same address is revoked and replaced, so only the newest link works.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
[EnableRateLimiting(RateLimits.Invitations)]
public sealed class InviteModel(CirculairDbContext db, CurrentOrganisation current, ILookupNormalizer normalizer, InvitationMail mail, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InviteInput Input { get; set; } = new() { Role = OrganisationRole.Teamlid };

    public IEnumerable<SelectListItem> RoleItems =>
        Enum.GetValues<OrganisationRole>().Select(r => new SelectListItem(t.Enum(r), r.ToString()));

    public void OnGet() => ViewData["Section"] = "members";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "members";
        var org = current.Value;
        if (Input.Email is { } typed && ModelState.GetFieldValidationState("Input.Email") != ModelValidationState.Invalid && !MailAddresses.IsValid(typed.Trim()))
        {
            ModelState.AddModelError("Input.Email", t["Account.Validation.EmailInvalid"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Invitation.NormaliseEmail(Input.Email!);
        var normalised = normalizer.NormalizeEmail(email);
        if (await db.Memberships.AnyAsync(m => m.OrganisationId == org.Id && m.User.NormalizedEmail == normalised, ct))
        {
            ModelState.AddModelError("Input.Email", t["Members.Invite.AlreadyMember", email]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Invitations
            .Where(i => i.OrganisationId == org.Id && i.Email == email && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .ToListAsync(ct);
        foreach (var replaced in open)
        {
            replaced.Revoke(now);
        }
        var (invitation, token) = Invitation.Create(org.Id, email, Input.Role!.Value, User.UserId(), now);
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(invitation, token, org.Name, InviterName, Request, ct);
        TempData["Flash"] = open.Count > 0 ? "Members.Invite.SentReplacing" : "Members.Invite.Sent";
        return Redirect($"/o/{org.Slug}/members");
    }

    /// <summary>Sends an invitation again (from the members page): a new link, the old one stops working.</summary>
    public async Task<IActionResult> OnPostResendAsync(int invitationId, CancellationToken ct)
    {
        var org = current.Value;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.OrganisationId == org.Id, ct);
        if (invitation is null)
        {
            return NotFound();
        }
        var (next, token) = invitation.Resend(User.UserId(), clock.GetUtcNow().UtcDateTime);
        db.Invitations.Add(next);
        await db.SaveChangesAsync(ct);
        await mail.SendAsync(next, token, org.Name, InviterName, Request, ct);
        TempData["Flash"] = "Members.Invitations.Resent";
        return Redirect($"/o/{org.Slug}/members");
    }

    private string InviterName => User.FindFirst(CirculairClaims.DisplayName)?.Value ?? User.Identity?.Name ?? "";

    public sealed class InviteInput
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Members.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "Account.Validation.EmailInvalid")]
        [StringLength(AppUser.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }

        [Display(Name = "Members.Field.Role")]
        [Required(ErrorMessage = "Members.Validation.RoleRequired")]
        public OrganisationRole? Role { get; set; }
    }
}
