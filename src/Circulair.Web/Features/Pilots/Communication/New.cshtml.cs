using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>Adds a row to the communication plan, numbered after the last one.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PilotPageModel(db, current), ICommunicationForm
{
    [BindProperty]
    public CommunicationInput Input { get; set; } = new();

    public IReadOnlyList<PilotChoice> Audiences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Audiences = await CommunicationInput.AudiencesAsync(Db, Org.Id, ct);
        Input = new CommunicationInput { Priority = TestLevel.Gemiddeld };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Audiences = await CommunicationInput.AudiencesAsync(Db, Org.Id, ct);
        Input.Validate(ModelState, t, Audiences);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var last = await Db.PilotCommunications.InOrganisation(Org.Id).Where(c => c.PilotId == Pilot.Id).MaxAsync(c => (int?)c.Number, ct) ?? 0;
        Db.PilotCommunications.Add(new PilotCommunication(Pilot, last + 1, Input.ToDetails(), clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Communication.Added";
        return Redirect(Link("/communication"));
    }
}
