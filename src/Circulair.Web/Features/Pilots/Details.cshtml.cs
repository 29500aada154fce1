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

    public int Improvements { get; private set; }

    public int Communications { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        // One query for the partners' names and the tools' counts, so the page stays within its SQL budget (issue 20).
        var partnerIds = Pilot.Partners.Select(p => p.StakeholderId).ToList();
        // The sets as locals: they are extension properties, which an expression tree cannot name.
        IQueryable<PilotTestCard> cards = Db.PilotTestCards;
        IQueryable<PilotImprovement> improvements = Db.PilotImprovements;
        IQueryable<PilotCommunication> communications = Db.PilotCommunications;
        var summary = await Db.Pilots.InOrganisation(Org.Id).Where(p => p.Id == Pilot.Id).Select(p => new
        {
            Partners = Db.Stakeholders.Where(s => s.OrganisationId == p.OrganisationId && partnerIds.Contains(s.Id)).OrderBy(s => s.Name).Select(s => s.Name).ToList(),
            Tests = cards.Count(c => c.PilotId == p.Id),
            Improvements = improvements.Count(i => i.PilotId == p.Id),
            Communications = communications.Count(c => c.PilotId == p.Id),
            Personas = Db.Set<PilotPersona>().Count(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
            Journey = Db.Set<PilotJourney>().Any(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
            Value = Db.Set<PilotValueCanvas>().Any(c => c.OrganisationId == p.OrganisationId && c.PilotId == p.Id),
        }).SingleAsync(ct);
        PartnerNames = summary.Partners;
        Tests = summary.Tests;
        Improvements = summary.Improvements;
        Communications = summary.Communications;
        Canvases = new(summary.Personas, summary.Journey, summary.Value);
        var actionIds = Pilot.Actions.Select(a => a.PlannedActionId).ToList();
        ActionRows = await Db.PlannedActions.InOrganisation(Org.Id).Where(a => actionIds.Contains(a.Id)).OrderBy(a => a.NumberKey)
            .Select(a => new PilotChoice(a.Id, a.Number + " " + a.Title)).ToListAsync(ct);
        return Page();
    }

    /// <summary>Role periods, oldest first: the timeline's columns.</summary>
    public IReadOnlyList<PilotRolePeriod> Periods => [.. Pilot.RolePeriods.OrderBy(p => p.From).ThenBy(p => p.Id)];
}
