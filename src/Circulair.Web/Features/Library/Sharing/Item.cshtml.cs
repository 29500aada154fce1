using Circulair.Library.Sharing;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>An organisation the signed-in person may clone a shared item into (Teamlid or more).</summary>
public sealed record CopyTarget(string OrganisationName, string Slug);

/// <summary>
/// One published item of the shared library, for every signed-in person: who published it and when, the copy, and
/// where to clone it. Anything not published answers 404, also to the publisher's own members (they have their
/// organisation's page for it).
/// </summary>
public sealed class ItemModel(CirculairDbContext db) : PageModel
{
    [FromRoute]
    public int Id { get; set; }

    public SharedLibraryItem Item { get; private set; } = null!;

    public IReadOnlyList<CopyTarget> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        var item = await db.SharedLibraryItems.Published().AsNoTracking().FirstOrDefaultAsync(i => i.Id == Id, ct);
        if (item is null)
        {
            return NotFound();
        }
        Item = item;
        var userId = User.UserId();
        Targets = (await db.Memberships
                .Where(m => m.UserId == userId && m.Role >= OrganisationRole.Teamlid)
                .Select(m => new CopyTarget(m.Organisation.Name, m.Organisation.Slug))
                .ToListAsync(ct))
            .OrderBy(t => t.OrganisationName, StringComparer.CurrentCulture)
            .ToList();
        return Page();
    }
}
