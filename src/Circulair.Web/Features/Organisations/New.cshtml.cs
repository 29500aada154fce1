using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Organisations;

/// <summary>A platform administrator adds an organisation and becomes its first Beheerder.</summary>
public sealed class NewModel(CirculairDbContext db, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public OrganisationInput Organisation { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
        {
            return NotFound();
        }
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
        {
            return NotFound();
        }
        var (municipality, parent) = await Organisation.ResolveAsync(ModelState, nameof(Organisation), db, t, ct);
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var organisation = await Organisation.CreateAsync(db, municipality, parent, now, ct);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        db.Memberships.Add(new Membership(organisation.Id, User.UserId(), OrganisationRole.Beheerder, now));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Flash"] = "Organisations.New.Done";
        return Redirect($"/o/{organisation.Slug}");
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["TypeItems"] = OrganisationInput.TypeItems(t);
        ViewData["ParentItems"] = await OrganisationInput.ParentItemsAsync(db, t, null, ct);
    }
}
