using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Improvements;

/// <summary>Adds an improvement project to the log of step 4.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PilotPageModel(db, current), IImprovementForm
{
    [BindProperty]
    public ImprovementInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadPilotAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input.Validate(ModelState, t);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Db.PilotImprovements.Add(new PilotImprovement(Pilot, Input.ToDetails(), clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Improvements.Added";
        return Redirect(Link("/improvements"));
    }
}
