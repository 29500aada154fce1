using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Communication;

/// <summary>A pilot's communication plan (Tool 16): who we tell what, why, how, when and who does it; with export and import.</summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public List<CommunicationRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Rows = await CommunicationData.LoadAsync(Db, Org.Id, Pilot.Id, ct);
        return Page();
    }
}
