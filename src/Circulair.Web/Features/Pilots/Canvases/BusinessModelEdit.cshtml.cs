using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>Fills in or changes the pilot's business model canvas; the first save creates it.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class BusinessModelEditModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PilotPageModel(db, current)
{
    [BindProperty]
    public BusinessModelInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input = BusinessModelInput.From((await CanvasData.BusinessModelAsync(Db, Org.Id, Pilot.Id, ct))?.Snapshot ?? new BusinessModelSnapshot());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (await CanvasData.BusinessModelAsync(Db, Org.Id, Pilot.Id, ct) is { } canvas)
        {
            canvas.Restore(Input.ToSnapshot(), now);
        }
        else
        {
            Db.PilotBusinessModels.Add(new PilotBusinessModel(Pilot, Input.ToSnapshot(), now));
        }
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link("/business-model"));
    }
}
