using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// The pilot of "Demostad (voorbeeld)": a materials bank started from its template, carrying out action A03, with two
/// partners, carried into step 3 with the date of each move, the local government's roles in two periods, and four test
/// cards: one validated, one invalidated, one unclear and one still in the backlog without its criterion. All invented.
/// </summary>
public sealed class PilotDemo : IDemoContent
{
    public int Order => 80;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var now = demo.Now;
        var today = DateOnly.FromDateTime(now);
        var template = PilotTemplates.Find(PilotTemplate.Materialenbank)!;
        var pilot = new Pilot(org, PilotTemplate.Materialenbank, new PilotDetails
        {
            Name = "Materialenbank Demostad (fictief voorbeeld)",
            Description = template.Description.Nl,
            TypicalPartners = template.Partners.Nl,
            PersonaSketch = template.Persona.Nl,
            ValueSketch = template.ValueProposition.Nl,
            ProgressDefinition = "Vooruitgang betekent voor ons: een eerste inwoner haalt materiaal op (eerste oproep tot actie), een eerste aannemer levert aan, en na zes maanden betalen 50 klanten voor wat ze meenemen.",
        }, today.AddDays(-300), now);
        pilot.MoveTo(PilotStep.ValideerAanbod, today.AddDays(-200), today, now);
        pilot.MoveTo(PilotStep.SchaalProject, today.AddDays(-30), today, now);
        pilot.AddRolePeriod(today.AddDays(-300), today.AddDays(-121), PilotRoles.Initiatiefnemer | PilotRoles.Trekker | PilotRoles.VerschafferVanMiddelen, "De stad zocht de locatie en trok het project.");
        pilot.AddRolePeriod(today.AddDays(-120), null, PilotRoles.Raadgever | PilotRoles.Matchmaker | PilotRoles.Woordvoerder, "De Kringwinkel trekt nu; de stad brengt partners samen.");
        var partners = await db.Stakeholders.InOrganisation(org).OrderBy(s => s.Id).Select(s => s.Id).Take(2).ToListAsync(ct);
        pilot.SetPartners(partners);
        var action = await db.PlannedActions.InOrganisation(org).Where(a => a.Number == "A03").Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
        if (action is { } a3)
        {
            pilot.SetActions([a3]);
        }
        db.Pilots.Add(pilot);
        await db.SaveChangesAsync(ct);
        await PilotPlanDemo.AddAsync(db, pilot, demo, ct);

        PilotTestCard Card(string name, string owner, string hypothesis, string test, string metric, string? criterion, TestLevel critical) =>
            new(pilot, new TestCardDetails
            {
                Name = name, Owner = owner, Duration = "4 weken", Deadline = today.AddDays(-40), Hypothesis = hypothesis, Criticality = critical,
                Test = test, Cost = TestLevel.Laag, Reliability = TestLevel.Gemiddeld, Metric = metric, TimeNeeded = TestLevel.Gemiddeld, Criterion = criterion,
            }, now);
        var validated = Card("Pop-up op het depot", "Marie", "inwoners die verbouwen tweedehands bouwmateriaal willen kopen als de kwaliteit gekend is.",
            "een pop-upverkoop houden op twee zaterdagen, met materiaal dat we vooraf controleerden.", "hoeveel bezoekers iets kopen.", "minstens 30 bezoekers iets kopen.", TestLevel.Hoog);
        var invalidated = Card("Ophaaldienst voor aannemers", "Koen", "aannemers betalen voor een ophaaldienst die vrijgekomen materiaal op de werf komt halen.",
            "tien aannemers een voorstel met prijs voorleggen.", "hoeveel aannemers intekenen.", "minstens 4 van de 10 aannemers intekenen.", TestLevel.Gemiddeld);
        var unclear = Card("Online catalogus", "Marie", "mensen eerst online kijken welk materiaal er is voor ze naar het depot komen.",
            "een eenvoudige webpagina met foto's van het aanbod een maand online zetten.", "het aandeel kopers dat zegt de pagina bekeken te hebben.", "minstens de helft van de kopers de pagina bekeek.", TestLevel.Laag);
        var backlog = Card("Werkplaats voor verenigingen", "Samira", "verenigingen willen materiaal lenen voor hun decors en standen.",
            "drie verenigingen bevragen.", "hoeveel van hen materiaal zouden lenen.", null, TestLevel.Laag);
        db.PilotTestCards.AddRange(validated, invalidated, unclear, backlog);
        foreach (var card in new[] { validated, invalidated, unclear })
        {
            card.MoveTo(TestStage.Build, today.AddDays(-150));
            card.MoveTo(TestStage.Measure, today.AddDays(-120));
        }
        validated.RecordResult(LearningResult.Gevalideerd, "42 bezoekers kochten iets; kwaliteitslabels werkten.", today.AddDays(-60));
        invalidated.RecordResult(LearningResult.NietGevalideerd, "Eén aannemer tekende in: ze willen leveren, niet betalen.", today.AddDays(-55));
        unclear.RecordResult(LearningResult.Onduidelijk, "Te weinig kopers beantwoordden de vraag; we testen opnieuw met een korte enquête aan de kassa.", today.AddDays(-50));
        await db.SaveChangesAsync(ct);
        await Canvases.PilotCanvasDemo.AddAsync(db, pilot, demo, ct);
    }
}
