using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>Removes an initiative with its partner links; the audit trail keeps that it existed.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromRoute]
    public int InitiativeId { get; set; }

    public string Name { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var name = await db.Initiatives.InOrganisation(current.Value.Id).Where(i => i.Id == InitiativeId).Select(i => i.Name).FirstOrDefaultAsync(ct);
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
        var initiative = await db.Initiatives.InOrganisation(org.Id).Include(i => i.Partners).FirstOrDefaultAsync(i => i.Id == InitiativeId, ct);
        if (initiative is null)
        {
            return NotFound();
        }
        db.Initiatives.Remove(initiative);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Initiatives.Delete.Done";
        return Redirect($"/o/{org.Slug}/initiatives");
    }
}
