using Circulair.Initiatives;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using static Circulair.Initiatives.InitiativeStatus;
using static Circulair.Initiatives.InitiativeTargetGroups;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// A worked inventory for "Demostad (voorbeeld)": sixteen fictional local initiatives across the five domains and
/// the target groups, with leads and partners from the demo's stakeholder register (two leads outside it), one own
/// sub-domain, and matrix cells left empty on purpose (nothing for citizens in the built environment, no
/// associations in industry) so the overview shows gaps. Every name and address is invented.
/// </summary>
public sealed class InitiativeDemoContent : IDemoContent
{
    public int Order => 40;

    private sealed record Entry(
        string Name, string Description, string Domain, string? Subdomain, InitiativeTargetGroups Groups, InitiativeStatus Status,
        string? Lead, string[] Partners, string? Web = null, string? Own = null, string? Other = null);

    private static readonly Entry[] Entries =
    [
        new("Repair Café Kerkwijk", "Elke derde zaterdag herstellen vrijwilligers samen met buurtbewoners lampen, kleding en fietsen in het buurthuis. Wie iets laat herstellen, leert mee.",
            "consumentengoederen", "herstel", Burgers | KwetsbareGroepen, Lopend, "Repair Café Demostad", ["Buurtcomité Kerkwijk", "Kringwinkel Demoland"], "https://repaircafe.demostad.example"),
        new("Uitleendienst in de bibliotheek", "Boormachines, partytenten en kampeermateriaal lenen met de bibliotheekkaart, voor inwoners en voor verenigingen.",
            "consumentengoederen", "delen", Burgers | Verenigingen, Lopend, "Dienst Milieu en Klimaat", ["Kringwinkel Demoland"]),
        new("Herstelabonnement voor smartphones", "Een start-up test een abonnement waarbij oudere inwoners hun smartphone laten nakijken en herstellen in plaats van vervangen.",
            "consumentengoederen", "herstel", Burgers | Andere, Gepland, "Fixbaar (herstel-start-up)", ["Repair Café Demostad"], Other: "senioren"),
        new("Textielinzameling op school", "Leerlingen zamelden een schooljaar lang afgedankt textiel in; de opbrengst ging naar de schoolreis.",
            "consumentengoederen", "inzameling", ScholenEnJongeren, Afgerond, "Afvalintercommunale Demoland", ["Scholengroep Demostad", "Jeugdraad"]),
        new("Tweedehands kantoormeubilair", "De gemeente koopt bureaus en kasten eerst tweedehands of gerenoveerd, en geeft afgedankt meubilair door aan de kringwinkel.",
            "consumentengoederen", null, EigenOrganisatie, Lopend, "Dienst Aankoop", ["Kringwinkel Demoland"], Own: "Circulair aankopen"),
        new("Bekerpool voor evenementen", "Verenigingen lenen gratis herbruikbare bekers voor fuiven en markten; een sociale werkplaats wast ze.",
            "bio-economie", "catering", Verenigingen | EigenOrganisatie, Lopend, "Dienst Milieu en Klimaat", ["Circulaire Hub Demoland", "Afvalintercommunale Demoland"]),
        new("Schoolmoestuinen", "Drie basisscholen leggen een moestuin aan; een natuurvereniging begeleidt de leerkrachten.",
            "bio-economie", "korte-keten", ScholenEnJongeren, Lopend, "Scholengroep Demostad", ["Natuurvereniging De Voorbeeldmeersen"]),
        new("Marktoverschotten naar de sociale kruidenier", "Wat op de wekelijkse markt en bij de bakker overblijft, gaat dezelfde avond naar de sociale kruidenier.",
            "bio-economie", "voedselverspilling", KwetsbareGroepen | Ondernemers, Lopend, "Sociale dienst (OCMW)", ["Circulaire Hub Demoland", "Bakkerij De Voorbeeldige Korst"]),
        new("Wijkcompost", "Buurtbewoners brengen hun groente- en fruitafval naar compostbakken in de wijk; compostmeesters houden ze bij.",
            "bio-economie", "bio-afval", Burgers, Lopend, "Afvalintercommunale Demoland", ["Klimaattafel Demostad", "Buurtcomité Kerkwijk"]),
        new("Zadenbibliotheek", "Tuinierders ruilen zaden van eigen kweek in de bibliotheek, met workshops over zaden winnen.",
            "bio-economie", null, Burgers | Verenigingen, Lopend, "Vzw Tuinieren in Demostad", ["Natuurvereniging De Voorbeeldmeersen"], Own: "Zadenbibliotheek"),
        new("Materialenbank op de werf", "Een bouwbedrijf zet een opslag op voor herbruikbare bouwmaterialen uit renovaties, met een onderzoeksgroep die de kwaliteit opvolgt.",
            "gebouwde-omgeving", "hergebruik-materialen", Ondernemers, Gepland, "Bouwbedrijf Voorbeeld & Zonen", ["Hogeschool Demoland, onderzoeksgroep Circulair Bouwen", "Dienst Ruimtelijke Ordening"]),
        new("Circulaire renovatie van het gemeentehuis", "Bij de renovatie van het gemeentehuis worden materialen vooraf geïnventariseerd en demontabel verwerkt.",
            "gebouwde-omgeving", "circulair-bouwen", EigenOrganisatie, Gepland, "Dienst Aankoop", ["Hogeschool Demoland, onderzoeksgroep Circulair Bouwen"]),
        new("Ondernemersontbijt over reststromen", "Bedrijven van het bedrijventerrein Noord leggen hun reststromen naast elkaar om na te gaan wat de een van de ander kan gebruiken.",
            "industrie", "symbiose", Ondernemers, Gepland, "Dienst Lokale Economie", ["Handelaarsvereniging Centrum", "Circulaire Hub Demoland"]),
        new("Textielsortering met de sociale economie", "Een maatwerkbedrijf sorteert het ingezamelde textiel; bruikbare stukken gaan naar de kringwinkel.",
            "industrie", "sociale-economie", Ondernemers | KwetsbareGroepen, Lopend, "Circulaire Hub Demoland", ["Kringwinkel Demoland"]),
        new("Deelwagens bij sociale woningen", "Twee elektrische deelwagens voor de bewoners van een sociale woonwijk, geladen met stroom van de energiecoöperatie.",
            "andere", "deelmobiliteit", KwetsbareGroepen | Burgers, Gepland, "Sociale huisvestingsmaatschappij Demowonen", ["Energiecoöperatie Demostroom"]),
        new("Ontharde speelplaatsen", "Twee speelplaatsen kregen groen in plaats van asfalt en een regenwaterput voor de toiletten.",
            "andere", "water", ScholenEnJongeren, Afgerond, "Scholengroep Demostad", ["Dienst Ruimtelijke Ordening"]),
    ];

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var orgId = demo.Organisation.Id;
        var register = await db.Stakeholders.InOrganisation(orgId).Select(s => new { s.Id, s.NameKey }).ToDictionaryAsync(s => s.NameKey, s => s.Id, ct);
        int? Find(string name) => register.TryGetValue(StakeholderText.NameKey(name), out var id) ? id : null;
        foreach (var e in Entries)
        {
            db.Initiatives.Add(new Initiative(orgId, new InitiativeDetails
            {
                Name = e.Name,
                Description = e.Description,
                Domain = e.Domain,
                SubdomainCode = e.Subdomain,
                OwnSubdomain = e.Own,
                TargetGroups = e.Groups,
                OtherTargetGroup = e.Other,
                Status = e.Status,
                LeadStakeholderId = e.Lead is null ? null : Find(e.Lead),
                LeadName = e.Lead,
                WebLink = e.Web,
                PartnerIds = [.. e.Partners.Select(Find).OfType<int>()],
            }, demo.Now));
        }
    }
}
