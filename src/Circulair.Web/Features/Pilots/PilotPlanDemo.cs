using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// The plans of the demo's materials bank (issue 17 item 12, this part): a business model canvas, a legacy canvas,
/// a communication plan with audiences from the register, and improvement projects in step 4's areas. All invented.
/// </summary>
public static class PilotPlanDemo
{
    public static async Task AddAsync(CirculairDbContext db, Pilot pilot, DemoContext demo, CancellationToken ct)
    {
        var now = demo.Now;
        var today = DateOnly.FromDateTime(now);
        db.PilotBusinessModels.Add(new PilotBusinessModel(pilot, new BusinessModelSnapshot
        {
            ValueProposition = "Gecontroleerd tweedehands bouwmateriaal met een kwaliteitslabel, goedkoper dan nieuw en dichtbij; wat anders afval wordt, krijgt een tweede leven.",
            UserSegments = "Inwoners die zelf verbouwen; kleine aannemers; verenigingen die decors en standen bouwen.",
            Channels = "Het depot op zaterdag, een online catalogus, de stadskrant en de Kringwinkel.",
            UserRelationship = "Persoonlijk advies aan de toog; een klantenkaart die punten geeft voor wie materiaal binnenbrengt.",
            KeyActivities = "Materiaal ophalen en controleren, labelen, verkopen, en de catalogus bijhouden.",
            Resources = "Een loods op het gemeentelijk depot, twee medewerkers via de maatwerkbedrijf-partner, een bestelwagen.",
            KeyPartners = "Kringwinkel Demoland, Bouwbedrijf Voorbeeld & Zonen, Afvalintercommunale Demoland.",
            RevenueStreams = "Verkoop van materiaal; een kleine vergoeding voor ophalingen bij grote werven; projectsubsidie het eerste jaar.",
            CostStructure = "Loon van de medewerkers, de bestelwagen, verzekering; de loods is een inbreng van de stad.",
        }, now));
        db.PilotLegacyCanvases.Add(new PilotLegacyCanvas(pilot, new LegacySnapshot
        {
            Statement = "Over drie jaar vindt elke inwoner en aannemer van Demostad bruikbaar bouwmateriaal eerst bij de materialenbank, zonder dat de stad ze nog trekt.",
            Constraints = "De loods is maar tot eind volgend jaar beschikbaar; de projectsubsidie loopt na één jaar af.",
            ScaleUp = "Een tweede afhaalpunt in de buurgemeente; ook meubels en sanitair aanbieden.",
            ScaleDeep = "Herbruik wordt de gewoonte bij elke verbouwing: een vaste rubriek in de stadskrant en een label op bouwvergunningen.",
            ScaleOut = "Een draaiboek en een opleiding voor andere gemeenten van de regio.",
            ScaleDown = "De ophaaldienst voor aannemers stoppen: de test toonde dat ze liever leveren dan betalen.",
        }, now));
        var audiences = await db.Stakeholders.InOrganisation(pilot.OrganisationId)
            .Where(s => s.Name == "Bouwbedrijf Voorbeeld & Zonen" || s.Name == "Buurtcomité Kerkwijk" || s.Name == "Kringwinkel Demoland")
            .ToDictionaryAsync(s => s.Name, s => s.Id, ct);
        var number = 0;
        void Row(string audience, TestLevel priority, string message, string objectives, string channels, string products, int fromDays, int untilDays, string responsible)
        {
            if (audiences.TryGetValue(audience, out var id))
            {
                db.PilotCommunications.Add(new PilotCommunication(pilot, ++number, new CommunicationDetails
                {
                    StakeholderId = id, Priority = priority, Message = message, Objectives = objectives, Channels = channels, Products = products,
                    StartsOn = today.AddDays(fromDays), EndsOn = today.AddDays(untilDays), Responsible = responsible,
                }, now));
            }
        }
        Row("Buurtcomité Kerkwijk", TestLevel.Hoog, "Bij de materialenbank vind je gecontroleerd bouwmateriaal, goedkoper en om de hoek.",
            "200 bezoekers per maand tegen de zomer.", "Stadskrant, buurtavond, sociale media", "Flyer, filmpje van een verbouwing", -10, 60, "Marie");
        Row("Bouwbedrijf Voorbeeld & Zonen", TestLevel.Gemiddeld, "Lever vrijgekomen materiaal gratis aan en bespaar op afvalkosten.",
            "Vijf aannemers leveren elke maand aan.", "Ondernemersraad, persoonlijk bezoek", "Eén-pagina-uitleg met de voorwaarden", 0, 90, "Koen");
        Row("Kringwinkel Demoland", TestLevel.Laag, "Samen tonen we wat hergebruik oplevert.",
            "Gedeelde cijfers in het jaarverslag van beide partners.", "Overleg, gezamenlijke nieuwsbrief", "Infografiek", 30, 180, "Samira");
        db.PilotImprovements.AddRange(
            new PilotImprovement(pilot, new ImprovementDetails
            {
                Area = ImprovementArea.ProcessenEnSystemen, Title = "Voorraad bijhouden in één gedeelde lijst", Owner = "Koen",
                StartsOn = today.AddDays(-20), DueOn = today.AddDays(40), Note = "Nu staat de voorraad op papier en in twee rekenbladen.",
            }, now),
            new PilotImprovement(pilot, new ImprovementDetails
            {
                Area = ImprovementArea.MensenEnCompetenties, Title = "Opleiding materiaalkeuring voor de medewerkers", Owner = "Samira",
                StartsOn = today.AddDays(10), DueOn = today.AddDays(70),
            }, now));
        await db.SaveChangesAsync(ct);
    }
}
