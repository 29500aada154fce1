using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Pilots.Canvases;
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

    /// <summary>Whether Tools 9–11 have content yet (decision 0271).</summary>
    public Circulair.Web.Features.Pilots.Canvases.PilotCanvasSummary Canvases { get; private set; } = new(0, false, false);

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
        // The tools' counts in one command (the page's SQL budget).
        var tools = await Db.Pilots.Where(p => p.OrganisationId == Org.Id && p.Id == Pilot.Id).Select(p => new
        {
            Tests = Db.Set<PilotTestCard>().Count(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
            Personas = Db.Set<PilotPersona>().Count(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
            Journey = Db.Set<PilotJourney>().Any(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
            Value = Db.Set<PilotValueCanvas>().Any(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
        }).SingleAsync(ct);
        Tests = tools.Tests;
        Canvases = new(tools.Personas, tools.Journey, tools.Value);
        return Page();
    }

    /// <summary>Role periods, oldest first: the timeline's columns.</summary>
    public IReadOnlyList<PilotRolePeriod> Periods => [.. Pilot.RolePeriods.OrderBy(p => p.From).ThenBy(p => p.Id)];
}
