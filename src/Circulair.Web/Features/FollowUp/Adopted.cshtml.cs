using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>An adopted version of the strategy, read from its frozen snapshot only: later edits never show here.</summary>
public sealed class AdoptedModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int AdoptedVersionId { get; set; }

    public AdoptedVersion Version { get; private set; } = null!;
    public AdoptedStrategy Snapshot { get; private set; } = null!;
    public StrategyPeople People { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        var version = await Db.AdoptedVersions.InOrganisation(Org.Id).Include(v => v.Decision).AsNoTracking()
            .FirstOrDefaultAsync(v => v.Id == AdoptedVersionId && v.TrajectoryId == TrajectoryId, ct);
        if (version is null)
        {
            return NotFound();
        }
        Version = version;
        Snapshot = version.Snapshot();
        People = await StrategyPeople.LoadAsync(Db, Org.Id, ct);
        return Page();
    }

    public static string DomainLabel(string code) => ActionDomains.Find(code)?.Label.ToString() ?? code;
}
