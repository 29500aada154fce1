using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots;

/// <summary>Changes what describes a pilot, its partners and the strategy actions it carries out.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PilotPageModel(db, current), IPilotForm
{
    [BindProperty]
    public PilotInput Input { get; set; } = new();

    public StakeholderChoices Stakeholders { get; private set; } = StakeholderChoices.None;

    public ActionChoices Actions { get; private set; } = ActionChoices.None;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input = PilotInput.From(Pilot);
        (Stakeholders, Actions) = await PilotInput.ChoicesAsync(Db, Org.Id, Input, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        (Stakeholders, Actions) = await PilotInput.ChoicesAsync(Db, Org.Id, Input, ct);
        if (Input.IsSearch)
        {
            RoundTrip.ForgetMessages(ModelState);
            return Page();
        }
        Input.Validate(ModelState, t, Stakeholders, Actions);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Pilot.Describe(Input.ToDetails());
        Pilot.SetPartners(Input.Partners);
        Pilot.SetActions(Input.Actions);
        Pilot.Classify(string.IsNullOrEmpty(Input.RStrategy) ? null : Input.RStrategy, Input.ValueChain);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link());
    }
}
