using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Organisations;

/// <summary>The organisation's details: name, kind, municipality (fills NIS code, province, population and the residual-waste target) and parent.</summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class SettingsModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public OrganisationInput Organisation { get; set; } = new();

    public Organisation Saved { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Saved = await LoadAsync(ct);
        Organisation = OrganisationInput.From(Saved);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Saved = await LoadAsync(ct);
        var (municipality, parent) = await Organisation.ResolveAsync(ModelState, nameof(Organisation), db, t, ct);
        if (parent is not null && (parent.Id == Saved.Id || IsDescendant(parent)))
        {
            ModelState.AddModelError("Organisation.ParentId", t["Errors.ParentCycle"]);
        }
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        Organisation.Apply(Saved, municipality, parent);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{Saved.Slug}/settings");
    }

    private bool IsDescendant(Organisation candidate)
    {
        for (var p = candidate.Parent; p is not null; p = p.Parent)
        {
            if (p.Id == Saved.Id)
            {
                return true;
            }
        }
        return false;
    }

    private Task<Organisation> LoadAsync(CancellationToken ct) =>
        db.Organisations.Include(o => o.Parent).SingleAsync(o => o.Id == current.Value.Id, ct);

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["TypeItems"] = OrganisationInput.TypeItems(t);
        ViewData["ParentItems"] = await OrganisationInput.ParentItemsAsync(db, t, Saved.Id, ct);
        ViewData["Section"] = "settings";
    }
}
