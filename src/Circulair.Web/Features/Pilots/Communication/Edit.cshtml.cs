using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>Changes or removes one row of the communication plan (loaded within the pilot and the organisation).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PilotPageModel(db, current), ICommunicationForm
{
    [FromRoute]
    public int CommunicationId { get; set; }

    [BindProperty]
    public CommunicationInput Input { get; set; } = new();

    public IReadOnlyList<PilotChoice> Audiences { get; private set; } = [];

    public PilotCommunication Row { get; private set; } = null!;

    private async Task<bool> LoadRowAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return false;
        }
        var row = await Db.PilotCommunications.InOrganisation(Org.Id).FirstOrDefaultAsync(c => c.Id == CommunicationId && c.PilotId == Pilot.Id, ct);
        if (row is null)
        {
            return false;
        }
        Row = row;
        Audiences = await CommunicationInput.AudiencesAsync(Db, Org.Id, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadRowAsync(ct))
        {
            return NotFound();
        }
        Input = CommunicationInput.From(Row);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadRowAsync(ct))
        {
            return NotFound();
        }
        Input.Validate(ModelState, t, Audiences);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Row.Describe(Input.ToDetails());
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link("/communication"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadRowAsync(ct))
        {
            return NotFound();
        }
        Db.PilotCommunications.Remove(Row);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Communication.Removed";
        return Redirect(Link("/communication"));
    }
}
