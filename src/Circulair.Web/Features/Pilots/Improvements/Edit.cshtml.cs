using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Improvements;

/// <summary>Changes or removes one improvement project (loaded within the pilot and the organisation).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PilotPageModel(db, current), IImprovementForm
{
    [FromRoute]
    public int ImprovementId { get; set; }

    [BindProperty]
    public ImprovementInput Input { get; set; } = new();

    public PilotImprovement Improvement { get; private set; } = null!;

    private async Task<bool> LoadImprovementAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        var item = await Db.PilotImprovements.InOrganisation(Org.Id).FirstOrDefaultAsync(i => i.Id == ImprovementId && i.PilotId == Pilot.Id, ct);
        if (item is null)
        {
            return false;
        }
        Improvement = item;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadImprovementAsync(ct))
        {
            return NotFound();
        }
        Input = ImprovementInput.From(Improvement);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadImprovementAsync(ct))
        {
            return NotFound();
        }
        Input.Validate(ModelState, t);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Improvement.Describe(Input.ToDetails());
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link("/improvements"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadImprovementAsync(ct))
        {
            return NotFound();
        }
        Db.PilotImprovements.Remove(Improvement);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Improvements.Removed";
        return Redirect(Link("/improvements"));
    }
}
