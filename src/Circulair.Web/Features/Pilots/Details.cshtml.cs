using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// A pilot's page: what it tests, its step on Figure 13 with the date of each move, the local government's roles per
/// period as a timeline (Figure 16), its partners and strategy actions, and the way to its tools.
/// </summary>
public sealed class DetailsModel(CirculairDbContext db, CurrentOrganisation current) : PilotPageModel(db, current)
{
    public List<string> PartnerNames { get; private set; } = [];

    public List<PilotChoice> ActionRows { get; private set; } = [];

    public int Tests { get; private set; }

    public int Improvements { get; private set; }

    public int Communications { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        var partnerIds = Pilot.Partners.Select(p => p.StakeholderId).ToList();
        PartnerNames = await Db.Stakeholders.InOrganisation(Org.Id).Where(s => partnerIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct);
        var actionIds = Pilot.Actions.Select(a => a.PlannedActionId).ToList();
        ActionRows = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => actionIds.Contains(a.Id)).OrderBy(a => a.NumberKey)
            .Select(a => new PilotChoice(a.Id, a.Number + " " + a.Title)).ToListAsync(ct);
        Tests = await Db.PilotTestCards.InOrganisation(Org.Id).CountAsync(c => c.PilotId == Pilot.Id, ct);
        Improvements = await Db.PilotImprovements.InOrganisation(Org.Id).CountAsync(i => i.PilotId == Pilot.Id, ct);
        Communications = await Db.PilotCommunications.InOrganisation(Org.Id).CountAsync(c => c.PilotId == Pilot.Id, ct);
        return Page();
    }

    /// <summary>Role periods, oldest first: the timeline's columns.</summary>
    public IReadOnlyList<PilotRolePeriod> Periods => [.. Pilot.RolePeriods.OrderBy(p => p.From).ThenBy(p => p.Id)];
}
