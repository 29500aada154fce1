using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>Changes what describes a stakeholder. Power and interest change on the stakeholder's page ("Verplaatsen"), so each change keeps its date.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [FromRoute]
    public int StakeholderId { get; set; }

    [BindProperty]
    public StakeholderInput Stakeholder { get; set; } = new();

    public string SavedName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var stakeholder = await LoadAsync(ct);
        if (stakeholder is null)
        {
            return NotFound();
        }
        Stakeholder = StakeholderInput.From(stakeholder);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var stakeholder = await LoadAsync(ct);
        if (stakeholder is null)
        {
            return NotFound();
        }
        var details = await Stakeholder.ValidateAsync(ModelState, nameof(Stakeholder), db, t, current.Value.Id, stakeholder.Id, withRating: false, ct);
        if (details is null)
        {
            await PrepareAsync(ct);
            return Page();
        }
        stakeholder.Describe(details);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/stakeholders/{stakeholder.Id}");
    }

    private async Task<Stakeholder?> LoadAsync(CancellationToken ct)
    {
        var stakeholder = await db.Stakeholders.InOrganisation(current.Value.Id).FirstOrDefaultAsync(s => s.Id == StakeholderId, ct);
        SavedName = stakeholder?.Name ?? "";
        return stakeholder;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        await StakeholderInput.PrepareAsync(ViewData, db, t, current.Value.Id, ct);
    }
}
