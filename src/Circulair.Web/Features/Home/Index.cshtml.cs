using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Home;

/// <summary>The front door: signed-in people go to the organisation they last worked in (or choose one); others log in.</summary>
[AllowAnonymous]
public sealed class IndexModel(CirculairDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Redirect("/login");
        }
        var userId = User.UserId();
        var memberships = await db.Memberships
            .Where(m => m.UserId == userId)
            .Select(m => new { m.OrganisationId, m.Organisation.Slug })
            .ToListAsync(ct);
        var last = await db.Users.Where(u => u.Id == userId).Select(u => u.LastOrganisationId).FirstOrDefaultAsync(ct);
        var target = memberships.FirstOrDefault(m => m.OrganisationId == last) ?? (memberships.Count == 1 ? memberships[0] : null);
        return target is null ? Redirect("/organisations") : Redirect($"/o/{target.Slug}");
    }
}
