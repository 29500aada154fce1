using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Demo;
using static Circulair.Stakeholders.StakeholderGroup;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// A realistic longlist for "Demostad (voorbeeld)": 26 fictional stakeholders across the method's groups and one
/// own group, internal and external, spread over the grid, some rated twice so movements show. Every name,
/// person and address is invented (example domains only).
/// </summary>
public sealed class StakeholderDemoContent : IDemoContent
{
    public int Order => 20;

    private sealed record Entry(
        string Name, StakeholderGroup Group, StakeholderSide Side, StakeholderKind Kind, string? Department,
        StakeholderEngagement? Engagement, StakeholderForum? Forum, (StakeholderLevel P, StakeholderLevel I)? Before,
        (StakeholderLevel P, StakeholderLevel I)? Now, string? Contact = null, string? Email = null, string? Tags = null, string? Notes = null, bool Schools = false);

    private static readonly Entry[] Entries =
    [
        new("Schepen van Omgeving en Klimaat", Politiek, StakeholderSide.Intern, StakeholderKind.Persoon, "College van burgemeester en schepenen", StakeholderEngagement.CoProduceren, null, null, (Hoog, Hoog), "Schepen Lies Voorbeeld", "schepen.omgeving@demostad.example", "mandaat, budget", "Vraagt een tussentijdse stand van zaken voor de zomer."),
        new("Schepen van Lokale Economie", Politiek, StakeholderSide.Intern, StakeholderKind.Persoon, "College van burgemeester en schepenen", StakeholderEngagement.Raadplegen, null, (Hoog, Laag), (Hoog, Middel), Tags: "mandaat"),
        new("Gemeenteraadscommissie Leefmilieu", Politiek, StakeholderSide.Intern, StakeholderKind.Organisatie, "Gemeenteraad", StakeholderEngagement.Informeren, null, null, (Hoog, Laag)),
        new("Dienst Milieu en Klimaat", InterneDienst, StakeholderSide.Intern, StakeholderKind.Organisatie, "Omgeving", StakeholderEngagement.CoProduceren, null, null, (Hoog, Hoog), "Sam Demo", "milieu@demostad.example", "kernteam"),
        new("Dienst Aankoop", InterneDienst, StakeholderSide.Intern, StakeholderKind.Organisatie, "Facility", StakeholderEngagement.CoProduceren, null, (Middel, Middel), (Hoog, Hoog), Tags: "kernteam, aankoop", Notes: "Circulaire criteria in de raamcontracten voor kantoormeubilair."),
        new("Dienst Lokale Economie", InterneDienst, StakeholderSide.Intern, StakeholderKind.Organisatie, "Economie", StakeholderEngagement.CoProduceren, StakeholderForum.Ondernemersraad, null, (Middel, Hoog), Tags: "kernteam"),
        new("Communicatiedienst", InterneDienst, StakeholderSide.Intern, StakeholderKind.Organisatie, "Communicatie", StakeholderEngagement.Raadplegen, null, null, (Middel, Middel)),
        new("Sociale dienst (OCMW)", InterneDienst, StakeholderSide.Intern, StakeholderKind.Organisatie, "Welzijn", StakeholderEngagement.Raadplegen, null, null, (Middel, Middel), Tags: "sociale economie"),
        new("Dienst Ruimtelijke Ordening", InterneDienst, StakeholderSide.Intern, StakeholderKind.Organisatie, "Omgeving", StakeholderEngagement.Informeren, null, (Middel, Middel), (Middel, Laag)),
        new("Klimaattafel Demostad", Burgers, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.CoProduceren, StakeholderForum.Klimaattafel, null, (Laag, Hoog), Tags: "burgerparticipatie"),
        new("Buurtcomité Kerkwijk", Burgers, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Raadplegen, null, (Laag, Middel), (Laag, Hoog)),
        new("Repair Café Demostad", Burgers, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.CoProduceren, StakeholderForum.Andere, null, (Laag, Hoog), Tags: "herstel"),
        new("Bouwbedrijf Voorbeeld & Zonen", Bedrijven, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Raadplegen, StakeholderForum.Ondernemersraad, (Middel, Laag), (Middel, Hoog), Tags: "bouw", Notes: "Interesse in een materialenbank op de werf."),
        new("Handelaarsvereniging Centrum", Bedrijven, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Informeren, StakeholderForum.Ondernemersraad, null, (Middel, Laag)),
        new("Bakkerij De Voorbeeldige Korst", Bedrijven, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Informeren, null, null, (Laag, Laag), Tags: "voeding"),
        new("Fixbaar (herstel-start-up)", StartUps, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.CoProduceren, null, null, (Laag, Hoog), Tags: "herstel"),
        new("Hogeschool Demoland, onderzoeksgroep Circulair Bouwen", KennisinstellingenEnNgos, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Raadplegen, null, null, (Middel, Hoog), Tags: "bouw, kennis"),
        new("Natuurvereniging De Voorbeeldmeersen", KennisinstellingenEnNgos, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Informeren, StakeholderForum.Milieuraad, (Laag, Hoog), (Laag, Middel)),
        new("Energiecoöperatie Demostroom", Investeerders, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Raadplegen, null, null, (Middel, Middel)),
        new("Circulaire Hub Demoland", SociaalCirculaireHubs, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.CoProduceren, null, null, (Middel, Hoog), "Noor Hubwerker", "info@hub-demoland.example", "sociale economie"),
        new("Afvalintercommunale Demoland", Intercommunale, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.CoProduceren, null, (Hoog, Middel), (Hoog, Hoog), Tags: "afval, data", Notes: "Levert de cijfers over ingezameld afval voor de opportuniteitenscan."),
        new("Kringwinkel Demoland", Kringwinkel, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.CoProduceren, null, (Middel, Hoog), (Middel, Middel), Tags: "hergebruik"),
        new("Gemeente Voorbeeldegem", Buurgemeenten, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Raadplegen, null, null, (Laag, Middel), Tags: "samenwerking"),
        new("Gemeente Proefdonk", Buurgemeenten, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Informeren, null, null, null),
        new("Scholengroep Demostad", Andere, StakeholderSide.Extern, StakeholderKind.Organisatie, null, StakeholderEngagement.Raadplegen, null, null, (Laag, Middel), Tags: "onderwijs", Schools: true),
        new("Jeugdraad", Burgers, StakeholderSide.Extern, StakeholderKind.Organisatie, null, null, null, null, null),
    ];

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var orgId = demo.Organisation.Id;
        var schools = new CustomStakeholderGroup(orgId, "Scholen");
        db.CustomStakeholderGroups.Add(schools);
        await db.SaveChangesAsync(ct);

        var today = DateOnly.FromDateTime(demo.Now);
        var first = today.AddDays(-75);
        var second = today.AddDays(-12);
        foreach (var e in Entries)
        {
            var s = new Stakeholder(orgId, new StakeholderDetails
            {
                Name = e.Name,
                Group = e.Group,
                CustomGroupId = e.Schools ? schools.Id : null,
                Side = e.Side,
                Kind = e.Kind,
                Department = e.Department,
                Engagement = e.Engagement,
                Forum = e.Forum,
                ForumDetail = e.Forum == StakeholderForum.Andere ? "Netwerk van herstelvrijwilligers" : null,
                ContactPerson = e.Contact,
                ContactEmail = e.Email,
                Tags = e.Tags,
                Notes = e.Notes,
            }, demo.Now);
            if (e.Before is { } b)
            {
                s.Assess(first, b.P, b.I, null, today, demo.Now);
            }
            if (e.Now is { } n)
            {
                s.Assess(e.Before is null ? first : second, n.P, n.I, e.Before is null ? null : "Bijgesteld na het eerste kernteamoverleg", today, demo.Now);
            }
            db.Stakeholders.Add(s);
        }
    }
}
