using Circulair.Library;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>A strategy the signed-in person may clone a case into: one of their organisations where they are at least Teamlid.</summary>
public sealed record CloneTarget(string OrganisationName, string Slug, int TrajectoryId, string TrajectoryTitle);

/// <summary>One case: what was done, by whom and where, how it is classified, related cases and where to clone it.</summary>
public sealed class CaseModel(KnowledgeLibrary library, CirculairDbContext db) : PageModel
{
    [FromRoute]
    public string Key { get; set; } = "";

    public LibraryCase Case { get; private set; } = null!;

    public IReadOnlyList<LibraryCase> Related { get; private set; } = [];

    public IReadOnlyList<CloneTarget> Targets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        if (library.Cases.Find(Key) is not { } found)
        {
            return NotFound();
        }
        Case = found;
        Related = library.Cases.Related(found);
        var userId = User.UserId();
        var memberships = await db.Memberships
            .Where(m => m.UserId == userId && m.Role >= OrganisationRole.Teamlid)
            .Select(m => new { m.OrganisationId, m.Organisation.Name, m.Organisation.Slug })
            .ToListAsync(ct);
        var ids = memberships.Select(m => m.OrganisationId).ToList();
        var trajectories = await db.Trajectories
            .Where(t => ids.Contains(t.OrganisationId))
            .OrderBy(t => t.Id)
            .Select(t => new { t.OrganisationId, t.Id, t.Title })
            .ToListAsync(ct);
        Targets = trajectories
            .Join(memberships, t => t.OrganisationId, m => m.OrganisationId, (t, m) => new CloneTarget(m.Name, m.Slug, t.Id, t.Title))
            .OrderBy(t => t.OrganisationName, StringComparer.CurrentCulture)
            .ToList();
        return Page();
    }
}
