using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Organisations;

/// <summary>The organisations the signed-in person belongs to; choosing one makes it the start page.</summary>
public sealed class IndexModel(CirculairDbContext db) : PageModel
{
    public IReadOnlyList<Row> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var userId = User.UserId();
        Organisations = await db.Memberships
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Organisation.Name)
            .Select(m => new Row(m.Organisation.Slug, m.Organisation.Name, m.Organisation.Type, m.Role, m.Organisation.IsDemo))
            .ToListAsync(ct);
    }

    /// <summary>Switches the working organisation: remembered as the start page, then opened.</summary>
    public async Task<IActionResult> OnPostSwitchAsync(string slug, CancellationToken ct)
    {
        var userId = User.UserId();
        var organisationId = await db.Memberships
            .Where(m => m.UserId == userId && m.Organisation.Slug == slug)
            .Select(m => (int?)m.OrganisationId)
            .FirstOrDefaultAsync(ct);
        if (organisationId is null)
        {
            return NotFound();
        }
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.LastOrganisationId, organisationId), ct);
        return Redirect($"/o/{slug}");
    }

    public sealed record Row(string Slug, string Name, OrganisationType Type, OrganisationRole Role, bool IsDemo);
}
