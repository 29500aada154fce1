using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// Removes a stakeholder with its ratings. The audit trail keeps that it existed, but the contact person and
/// e-mail are blanked in it: once the entry is gone there is no purpose left for keeping them.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromRoute]
    public int StakeholderId { get; set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        var name = await db.Stakeholders.InOrganisation(current.Value.Id).Where(s => s.Id == StakeholderId).Select(s => s.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }
        Name = name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = current.Value;
        if (!await StakeholderChanges.RemoveAsync(db, org.Id, StakeholderId, ct))
        {
            return NotFound();
        }
        TempData["Flash"] = "Stakeholders.Delete.Done";
        return Redirect($"/o/{org.Slug}/stakeholders");
    }
}
