using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance;

/// <summary>Sets the coordination role: who holds it, the time (FTE) it gets and its tasks. Coördinator only.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class CoordinationModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [BindProperty]
    public CoordinationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var role = await db.CoordinationRoles.InOrganisation(current.Value.Id).AsNoTracking().FirstOrDefaultAsync(ct);
        Input = role is null ? new CoordinationInput { Kind = CoordinationKind.Coordinator } : new CoordinationInput
        {
            Kind = role.Kind, People = role.People, Fte = NumberText.Show(role.Fte, System.Globalization.CultureInfo.CurrentCulture), Tasks = role.Tasks,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        if (Input.Check(ModelState, t) is not { } details)
        {
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var role = await db.CoordinationRoles.InOrganisation(current.Value.Id).FirstOrDefaultAsync(ct);
        if (role is null)
        {
            db.CoordinationRoles.Add(new CoordinationRole(current.Value.Id, details, now));
        }
        else
        {
            role.Describe(details, now);
        }
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Saved";
        return Redirect($"/o/{current.Value.Slug}/followup/governance");
    }
}
