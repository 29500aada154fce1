using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// One item the organisation offered to the shared library, as the others would see it, with the Beheerder's decisions:
/// publish or refuse a proposal, withdraw a published item. Any member reads; only a Beheerder decides (403 otherwise).
/// </summary>
public sealed class ManageModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [FromRoute]
    public int SharedLibraryItemId { get; set; }

    public SharedLibraryItem Item { get; private set; } = null!;

    public string OrgSlug => current.Value.Slug;

    public bool CanDecide => current.Value.Can(OrganisationRole.Beheerder);

    /// <summary>How many clones other organisations made of it (lineage), as far as the instance knows.</summary>
    public int Clones { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => DecideAsync(i => i.Approve(User.UserId(), Now), "Sharing.Manage.Approved", ct);

    public Task<IActionResult> OnPostRefuseAsync(CancellationToken ct) => DecideAsync(i => i.Refuse(User.UserId()), "Sharing.Manage.Refused", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) => DecideAsync(i => i.Withdraw(User.UserId(), Now), "Sharing.Manage.Withdrawn", ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IActionResult> DecideAsync(Action<SharedLibraryItem> decide, string flash, CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (!CanDecide)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        decide(Item);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = flash;
        return Redirect($"/o/{OrgSlug}/library/shared/{Item.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        var item = await db.SharedLibraryItems.InOrganisation(current.Value.Id).FirstOrDefaultAsync(i => i.Id == SharedLibraryItemId, ct);
        if (item is null)
        {
            return false;
        }
        Item = item;
        Clones = await SharedClones.CountAsync(db, item.Id, ct);
        return true;
    }
}
