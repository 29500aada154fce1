using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// Phase 3 of "Demostad (voorbeeld)": the college's mandate to start, the gemeenteraad's ratification that froze the
/// adopted version, a public launch, follow-up settings with budget weights, and progress updates on four actions.
/// After adoption one action was re-planned into the past and is now late (and marked changed). All of it is invented.
/// </summary>
public sealed class FollowUpDemo : IDemoContent
{
    public int Order => 70;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var now = demo.Now;
        var today = DateOnly.FromDateTime(now);
        var trajectory = await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).FirstOrDefaultAsync(ct);
        if (trajectory is null)
        {
            return;
        }
        var settings = new FollowUpSettings(org);
        settings.Configure(FollowUpCycle.Driemaandelijks, RollUpWeighting.Budget);
        settings.SetStatus(ActionStatus.Lopend, "In uitvoering", 40);
        db.FollowUpSettings.Add(settings);

        PoliticalDecision Decision(PoliticalMoment moment, DecisionBody body, int daysAgo, string reference, DecisionOutcome outcome, string? note) =>
            new(org, trajectory.Id, new PoliticalDecisionDetails
            {
                Moment = moment, Body = body, Date = today.AddDays(-daysAgo), Reference = reference, Outcome = outcome,
                Link = "https://demostad.example/besluiten/" + reference.Replace('/', '-'), Note = note,
            }, demo.Coordinator.Id, now);
        var mandate = Decision(PoliticalMoment.MandaatOmTeStarten, DecisionBody.College, 400, "CBS/2025/0412", DecisionOutcome.Goedgekeurd, "Opdracht aan de dienst Milieu om een circulaire strategie op te maken (fictief voorbeeld).");
        var ratification = Decision(PoliticalMoment.FormeleBekrachtiging, DecisionBody.Gemeenteraad, 120, "GR/2026/0087", DecisionOutcome.Goedgekeurd, "Unaniem goedgekeurd (fictief voorbeeld).");
        db.PoliticalDecisions.AddRange(mandate, ratification);
        await db.SaveChangesAsync(ct);

        var snapshot = await AdoptionState.TakeAsync(db, org, trajectory.Id, ct);
        db.AdoptedVersions.Add(AdoptedVersion.Freeze(ratification, [], snapshot, demo.Coordinator.Id, demo.Coordinator.DisplayName, now));
        db.PoliticalDecisions.Add(Decision(PoliticalMoment.PubliekMoment, DecisionBody.College, 100, "CBS/2026/0233", DecisionOutcome.KennisGenomen, "Lancering van de strategie op de markt (fictief voorbeeld)."));
        await db.SaveChangesAsync(ct);

        var actions = await db.PlannedActions.InOrganisation(org).Where(a => a.TrajectoryId == trajectory.Id).ToDictionaryAsync(a => a.Number, ct);
        // A01 was moved forward after adoption and its end date has now passed: late, and changed against the adopted version.
        if (actions.TryGetValue("A01", out var a1))
        {
            a1.Describe(a1.Details with { Start = today.AddMonths(-5), End = today.AddDays(-14) }, now);
        }
        var updates = new List<ProgressUpdate>();
        void Update(string number, int daysAgo, ActionStatus status, int? percent, string text, string? blocker = null, string? next = null)
        {
            if (actions.TryGetValue(number, out var action))
            {
                var last = updates.Where(u => u.PlannedActionId == action.Id).Select(u => (int?)u.Percent).LastOrDefault();
                updates.Add(ProgressUpdate.Give(action, new ProgressReport
                {
                    Date = today.AddDays(-daysAgo), Status = status, Percent = percent, Text = text, Blocker = blocker, NextStep = next,
                    EvidenceLink = status == ActionStatus.Afgerond ? "https://demostad.example/verslagen/" + number.ToLowerInvariant() : null,
                }, settings, last, demo.Coordinator.Id, demo.Coordinator.DisplayName, now.AddDays(-daysAgo)));
            }
        }
        Update("A03", 330, ActionStatus.Lopend, 10, "Locatie op het stedelijk depot vastgelegd; eerste gesprekken met de bouwbedrijven (fictief voorbeeld).");
        Update("A03", 240, ActionStatus.Lopend, 25, "Stellingen geplaatst, inventaris van de eerste twee sloopwerven.", "De omgevingsvergunning voor de overkapping loopt vertraging op.", "Vergunning opvolgen met de dienst Omgeving.");
        Update("A03", 150, ActionStatus.Lopend, 45, "Eerste 12 ton materialen ingezameld en geregistreerd.", null, "Verkoopmomenten plannen met de Kringwinkel.");
        Update("A03", 40, ActionStatus.Lopend, 60, "Maandelijks verkoopmoment loopt; Voorbeeldegem levert nu ook aan.");
        Update("A06", 200, ActionStatus.Lopend, null, "Sorteerstraatjes besteld voor alle stadsgebouwen.");
        Update("A06", 60, ActionStatus.Afgerond, 100, "In alle stadsgebouwen staan sorteerstraatjes; de poetsdienst is opgeleid.");
        Update("A01", 90, ActionStatus.Lopend, 50, "Eerste opleidingsdag gegeven aan 14 aankopers.", "De tweede sessie vond nog geen datum.", "Datum vastleggen met de hogeschool.");
        Update("A07", 110, ActionStatus.OnHold, null, "In afwachting van de regionale studie van de afvalintercommunale.");
        db.ProgressUpdates.AddRange(updates);
        await db.SaveChangesAsync(ct);
    }
}
