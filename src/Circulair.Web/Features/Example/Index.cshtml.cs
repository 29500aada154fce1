using Circulair.Persistence;
using Circulair.Web.Platform.Demo;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Example;

/// <summary>
/// "Bekijk een voorbeeld" from an empty tool (issue 21 item 6, decision 0292): says what the example organisation is,
/// then opens the person's own one at the same tool, creating it with the demo content the first time.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>The tool the person came from (a key of <see cref="ExampleOrganisations"/>); unknown keys open the dashboard.</summary>
    [FromQuery(Name = "tool")]
    public string? Tool { get; set; }

    /// <summary>The person's example organisation when it exists already.</summary>
    public string? ExistingSlug { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Tool = ExampleOrganisations.Knows(Tool) ? Tool : null;
        ExistingSlug = await ExampleOrganisations.FindSlugAsync(db, User.UserId(), ct);
    }

    public async Task<IActionResult> OnPostAsync(string? tool, CancellationToken ct)
    {
        tool = ExampleOrganisations.Knows(tool) ? tool : null;
        var userId = User.UserId();
        var slug = await ExampleOrganisations.FindSlugAsync(db, userId, ct);
        if (slug is null)
        {
            var user = await db.Users.SingleAsync(u => u.Id == userId, ct);
            slug = await ExampleOrganisations.CreateAsync(HttpContext.RequestServices, user, clock.GetUtcNow().UtcDateTime, ct);
            TempData["Flash"] = "Example.Created";
        }
        return Redirect(await ExampleOrganisations.PathAsync(db, slug, tool, ct));
    }
}
