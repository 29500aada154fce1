using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// What every page below /o/{org}/pilots/{pilotId} shares: the pilot, loaded within the current organisation (another
/// organisation's id answers 404), the reader's rights and the addresses of the pilot's pages.
/// </summary>
public abstract class PilotPageModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromRoute]
    public int PilotId { get; set; }

    public Pilot Pilot { get; private set; } = null!;

    protected CirculairDbContext Db => db;

    protected OrganisationContext Org => current.Value;

    public bool CanEdit => current.Value.Can(OrganisationRole.Teamlid);

    /// <summary>The list of the organisation's pilots.</summary>
    public string ListUrl => $"/o/{current.Value.Slug}/pilots";

    /// <summary>An address within this pilot, e.g. Link("/tests").</summary>
    public string Link(string rest = "") => $"/o/{current.Value.Slug}/pilots/{PilotId}{rest}";

    /// <summary>
    /// Loads the pilot (tracked, with its moves, roles, partners and actions unless <paramref name="withChildren"/> is
    /// false: pages that show only its name save four SQL commands); false when it is not this organisation's.
    /// </summary>
    protected async Task<bool> LoadPilotAsync(CancellationToken ct, bool withChildren = true)
    {
        ViewData["Section"] = "pilots";
        var query = db.Pilots.InOrganisation(current.Value.Id);
        if (withChildren)
        {
            query = query.Include(p => p.Moves).Include(p => p.RolePeriods).Include(p => p.Partners).Include(p => p.Actions).AsSplitQuery();
        }
        var pilot = await query.FirstOrDefaultAsync(p => p.Id == PilotId, ct);
        if (pilot is null)
        {
            return false;
        }
        Pilot = pilot;
        return true;
    }
}
