using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Tests;

/// <summary>Changes a test card. Once the test has started its criterion is shown, not asked: it was set before testing.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current) : TestCardPageModel(db, current), ITestCardForm
{
    [BindProperty]
    public TestCardInput Input { get; set; } = new();

    public bool CriterionOpen => Card.CriterionOpen;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadCardAsync(ct))
        {
            return NotFound();
        }
        Input = TestCardInput.From(Card);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCardAsync(ct))
        {
            return NotFound();
        }
        if (!Card.CriterionOpen)
        {
            // The form does not ask for it; keep the criterion that was set before testing.
            Input.Criterion = Card.Criterion;
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Card.Describe(Input.ToDetails());
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect(Link($"/tests/{Card.Id}"));
    }
}
