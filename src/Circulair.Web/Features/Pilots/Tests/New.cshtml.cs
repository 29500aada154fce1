using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>Adds a test card (Tool 13) to the pilot's backlog. The criterion may wait until the test starts, not longer.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PilotPageModel(db, current), ITestCardForm
{
    [BindProperty]
    public TestCardInput Input { get; set; } = new();

    public bool CriterionOpen => true;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input = TestCardInput.Defaults();
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
        var card = new PilotTestCard(Pilot, Input.ToDetails(), clock.GetUtcNow().UtcDateTime);
        Db.PilotTestCards.Add(card);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.TestCard.Added";
        return Redirect(Link($"/tests/{card.Id}"));
    }
}
