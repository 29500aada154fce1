using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots.Improvements;

/// <summary>The improvement log of step 4 ("Verbeter je werking"): projects per area, with owner and timing.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public List<PilotImprovement> Improvements { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Improvements = await Db.PilotImprovements.InOrganisation(Org.Id).AsNoTracking().Where(i => i.PilotId == Pilot.Id)
            .OrderBy(i => i.DueOn == null).ThenBy(i => i.DueOn).ThenBy(i => i.Id).ToListAsync(ct);
        return Page();
    }
}
