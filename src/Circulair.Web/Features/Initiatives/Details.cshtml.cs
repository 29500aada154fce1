using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>One initiative: what the inventory knows about it, with its lead and partners linked to the register.</summary>
[CachedPage(Shared = true)]
public sealed class DetailsModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromRoute]
    public int InitiativeId { get; set; }

    public Circulair.Initiatives.Initiative Item { get; private set; } = null!;
    public IReadOnlyList<StakeholderOption> Partners { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var orgId = current.Value.Id;
        var found = await db.Initiatives.InOrganisation(orgId)
            .Include(i => i.LeadStakeholder)
            .FirstOrDefaultAsync(i => i.Id == InitiativeId, ct);
        if (found is null)
        {
            return NotFound();
        }
        Item = found;
        Partners = await db.InitiativePartners.InOrganisation(orgId)
            .Where(p => p.InitiativeId == found.Id)
            .OrderBy(p => p.Stakeholder.NameKey)
            .Select(p => new StakeholderOption(p.StakeholderId, p.Stakeholder.Name))
            .ToListAsync(ct);
        return Page();
    }
}
