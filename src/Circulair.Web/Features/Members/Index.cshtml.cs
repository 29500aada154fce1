using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Members;

/// <summary>
/// The organisation's members and invitations, for its Beheerders: change a role, revoke an invitation.
/// Inviting (and sending again) lives on the invite page, removing on its own confirm page.
/// The last Beheerder cannot be demoted: the refusal is shown at that member's role field.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    public IReadOnlyList<MemberRow> Members { get; private set; } = [];

    public IReadOnlyList<InvitationRow> Invitations { get; private set; } = [];

    public static string RoleField(int membershipId) => $"role-{membershipId}";

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostRoleAsync(int membershipId, string? role, CancellationToken ct)
    {
        var org = current.Value;
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == org.Id, ct);
        if (membership is null)
        {
            return NotFound();
        }
        if (!Enum.TryParse<OrganisationRole>(role, ignoreCase: false, out var newRole) || !Enum.IsDefined(newRole))
        {
            ModelState.AddModelError(RoleField(membershipId), t["Members.Validation.RoleRequired"]);
        }
        else
        {
            var beheerders = await db.Memberships.CountAsync(m => m.OrganisationId == org.Id && m.Role == OrganisationRole.Beheerder, ct);
            try
            {
                membership.ChangeRole(newRole, beheerders);
            }
            catch (DomainException e)
            {
                ModelState.AddModelError(RoleField(membershipId), t[e.MessageKey]);
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Members.RoleChanged";
        // A Beheerder who gave themselves a lower role can no longer open this page.
        return Redirect(membership.UserId == User.UserId() && !newRole.Includes(OrganisationRole.Beheerder) ? $"/o/{org.Slug}" : $"/o/{org.Slug}/members");
    }

    public async Task<IActionResult> OnPostRevokeAsync(int invitationId, CancellationToken ct)
    {
        var org = current.Value;
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == invitationId && i.OrganisationId == org.Id, ct);
        if (invitation is null)
        {
            return NotFound();
        }
        invitation.Revoke(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Members.Invitations.Revoked";
        return Redirect($"/o/{org.Slug}/members");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "members";
        var org = current.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        Members = await db.Memberships
            .Where(m => m.OrganisationId == org.Id)
            .OrderBy(m => m.User.DisplayName).ThenBy(m => m.Id)
            .Select(m => new MemberRow(m.Id, m.UserId, m.User.DisplayName, m.User.Email ?? "", m.Role))
            .ToListAsync(ct);
        var invitations = await db.Invitations.AsNoTracking()
            .Where(i => i.OrganisationId == org.Id)
            .OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id)
            .ToListAsync(ct);
        var inviterIds = invitations.Select(i => i.InvitedByUserId).Distinct().ToList();
        var inviters = await db.Users.Where(u => inviterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        // One row per address: an invitation sent again or replaced is history, the newest one tells where things stand.
        Invitations = invitations
            .GroupBy(i => i.Email)
            .Select(g => g.First())
            .Select(i => new InvitationRow(i.Id, i.Email, i.Role, i.StateAt(now), i.CreatedAt, i.ExpiresAt, inviters.GetValueOrDefault(i.InvitedByUserId)))
            .ToList();
    }

    public sealed record MemberRow(int MembershipId, int UserId, string Name, string Email, OrganisationRole Role);

    public sealed record InvitationRow(int Id, string Email, OrganisationRole Role, InvitationState State, DateTime SentAt, DateTime ExpiresAt, string? InvitedBy);
}
