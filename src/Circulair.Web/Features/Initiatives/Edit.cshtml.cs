using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>Changes what describes an initiative, its partners included.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [FromRoute]
    public int InitiativeId { get; set; }

    [BindProperty]
    public InitiativeInput Initiative { get; set; } = new();

    public string SavedName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var initiative = await LoadAsync(ct);
        if (initiative is null)
        {
            return NotFound();
        }
        Initiative = InitiativeInput.From(initiative);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var initiative = await LoadAsync(ct);
        if (initiative is null)
        {
            return NotFound();
        }
        if (Initiative.FindPartners)
        {
            // The partners' search: everything typed comes back, nothing is saved.
            RoundTrip.ForgetMessages(ModelState);
            await PrepareAsync(ct);
            return Page();
        }
        var details = await Initiative.ValidateAsync(ModelState, nameof(Initiative), db, t, current.Value.Id, initiative.Id, ct);
        if (details is null)
        {
            await PrepareAsync(ct);
            return Page();
        }
        initiative.Describe(details);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/initiatives/{initiative.Id}");
    }

    private async Task<Circulair.Initiatives.Initiative?> LoadAsync(CancellationToken ct)
    {
        var initiative = await db.Initiatives.InOrganisation(current.Value.Id)
            .Include(i => i.Partners)
            .Include(i => i.LeadStakeholder)
            .AsSplitQuery()
            .FirstOrDefaultAsync(i => i.Id == InitiativeId, ct);
        SavedName = initiative?.Name ?? "";
        return initiative;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        await InitiativeInput.PrepareAsync(ViewData, db, t, current.Value.Id, Initiative, ct);
    }
}
