using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>What the organisation offered to the shared library: proposals waiting for a Beheerder, published, withdrawn and refused items.</summary>
public sealed class MineModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<SharedItemRow> Items { get; private set; } = [];

    public string OrgSlug => current.Value.Slug;

    public bool CanDecide => current.Value.Can(OrganisationRole.Beheerder);

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        Items = await db.SharedLibraryItems.InOrganisation(current.Value.Id)
            .OrderBy(i => i.Status).ThenByDescending(i => i.ProposedAt).ThenByDescending(i => i.Id)
            .Select(SharedItemRow.Projection).ToListAsync(ct);
    }
}
