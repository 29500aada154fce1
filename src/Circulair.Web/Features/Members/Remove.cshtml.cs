using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Members;

/// <summary>
/// Removes a member from the organisation after a confirmation. Only the membership goes: the person keeps
/// their account and their other organisations. The last Beheerder cannot be removed.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class RemoveModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    public string Name { get; private set; } = "";

    public string Email { get; private set; } = "";

    public bool IsSelf { get; private set; }

    /// <summary>Why the removal cannot be done (resource key), shown instead of the button.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int membershipId, CancellationToken ct)
    {
        var membership = await LoadAsync(membershipId, ct);
        if (membership is null)
        {
            return NotFound();
        }
        Refusal = await RefusalAsync(membership, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int membershipId, CancellationToken ct)
    {
        var membership = await LoadAsync(membershipId, ct);
        if (membership is null)
        {
            return NotFound();
        }
        Refusal = await RefusalAsync(membership, ct);
        if (Refusal is not null)
        {
            ModelState.AddModelError("", t[Refusal]);
            return Page();
        }
        db.Memberships.Remove(membership);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Members.Removed";
        return Redirect(IsSelf ? "/organisations" : $"/o/{current.Value.Slug}/members");
    }

    private async Task<Membership?> LoadAsync(int membershipId, CancellationToken ct)
    {
        ViewData["Section"] = "members";
        var membership = await db.Memberships.Include(m => m.User)
            .SingleOrDefaultAsync(m => m.Id == membershipId && m.OrganisationId == current.Value.Id, ct);
        if (membership is not null)
        {
            Name = membership.User.DisplayName;
            Email = membership.User.Email ?? "";
            IsSelf = membership.UserId == User.UserId();
        }
        return membership;
    }

    private async Task<string?> RefusalAsync(Membership membership, CancellationToken ct)
    {
        var beheerders = await db.Memberships.CountAsync(m => m.OrganisationId == membership.OrganisationId && m.Role == OrganisationRole.Beheerder, ct);
        try
        {
            membership.EnsureRemovable(beheerders);
            return null;
        }
        catch (DomainException e)
        {
            return e.MessageKey;
        }
    }
}
