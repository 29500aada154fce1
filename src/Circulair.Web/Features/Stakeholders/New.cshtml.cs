using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>Adds one stakeholder to the register, optionally with a first rating of power and interest (dated today).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public StakeholderInput Stakeholder { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await PrepareAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = current.Value;
        var details = await Stakeholder.ValidateAsync(ModelState, nameof(Stakeholder), db, t, org.Id, null, withRating: true, ct);
        if (details is null)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var stakeholder = await StakeholderChanges.AddAsync(db, clock, org.Id, details, Stakeholder.Power, Stakeholder.Interest, ct);
        TempData["Flash"] = "Stakeholders.New.Added";
        return Redirect($"/o/{org.Slug}/stakeholders/{stakeholder.Id}");
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        await StakeholderInput.PrepareAsync(ViewData, db, t, current.Value.Id, ct);
    }
}
