using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Pilots.Canvases;
using Circulair.Web.Platform.Demo;

namespace Circulair.Web.Features.Pilots.Canvases;

/// <summary>
/// Tools 9–11 for the demo's materials bank: two personas, a user journey that follows both, and a value proposition
/// canvas with its links and R-ladder steps, each with a saved version (and the canvas with two, so the comparison has
/// something to show). All invented, in our own words.
/// </summary>
public static class PilotCanvasDemo
{
    public static async Task AddAsync(CirculairDbContext db, Pilot pilot, DemoContext demo, CancellationToken ct)
    {
        var now = demo.Now;
        Dictionary<PersonaSlider, int> Sliders(params int[] v) => Enum.GetValues<PersonaSlider>().Select((s, i) => (Slider: s, Value: v[i])).ToDictionary(x => x.Slider, x => x.Value);
        var lotte = new PilotPersona(pilot, new PersonaSnapshot
        {
            Name = "Lotte Verhaegen", Job = "Kinesitherapeut, verbouwt een rijwoning", Quote = "Ik wil graag tweedehands bouwen, maar ik heb geen tijd om overal te gaan zoeken.",
            AgeCategory = "35–44 jaar", Gender = "Vrouw", Household = "Samenwonend, twee kinderen", Brands = "Tweedehandssites, de bouwmarkt om de hoek, een deelauto",
            Sliders = Sliders(4, 3, 4, 4, 4, 4, 3, 5, 4, 2),
            Biography = "Lotte kocht vorig jaar een oude rijwoning en doet veel van de afwerking zelf, in de weekends.",
            Motivation = "Betaalbaar verbouwen, en liefst zonder nieuwe grondstoffen te verspillen.",
            Frustrations = "Tweedehands materiaal is moeilijk te vinden in de juiste hoeveelheid, en ze weet niet of het nog goed is.",
            ProblemWho = "Lotte, die zelf haar huis afwerkt,", ProblemGoal = "tegels en deuren van goede kwaliteit tweedehands te vinden",
            ProblemObstacle = "dat ze veel tijd verliest aan zoeken en de kwaliteit niet kan inschatten.",
            SolvesToday = "Ze zoekt 's avonds op tweedehandssites en rijdt dan voor één partij door de halve provincie.",
            SolutionFrustration = "Vaak is de partij al weg of kleiner dan beloofd.",
            OwnScales = [new PersonaOwnScale(Guid.NewGuid(), "Doet alles zelf", "Laat alles doen", 2)],
        }, now);
        var ahmed = new PilotPersona(pilot, new PersonaSnapshot
        {
            Name = "Ahmed El Amrani", Job = "Zelfstandig aannemer, kleine renovaties", Quote = "Wat ik uitbreek, kost me geld aan containers.",
            AgeCategory = "45–54 jaar", Gender = "Man", Household = "Gehuwd, drie tieners", Brands = "Bouwhandel, bestelwagen, WhatsApp met klanten",
            Sliders = Sliders(3, 2, 2, 2, 2, 3, 4, 2, 3, 1),
            Biography = "Ahmed heeft een klein bedrijf met twee werknemers en werkt vooral voor particulieren in de regio.",
            Motivation = "Zijn werven vlot afronden en minder betalen voor afvoer.",
            Frustrations = "Containers zijn duur, en goed materiaal weggooien voelt verkeerd.",
            ProblemWho = "Ahmed, die renovaties uitvoert,", ProblemGoal = "vrijgekomen materiaal snel van de werf te krijgen",
            ProblemObstacle = "dat niemand het op korte termijn komt halen.",
            SolvesToday = "Alles gaat in de container; soms neemt een klant iets mee.",
            SolutionFrustration = "Hij betaalt voor het weggooien van spullen die nog goed zijn.",
        }, now);
        db.PilotPersonas.AddRange(lotte, ahmed);

        var journey = new PilotJourney(pilot, now);
        journey.Describe(new JourneySnapshot
        {
            Title = "Van verbouwplan tot vaste klant",
            Personas = [new JourneyPersona(lotte.CanvasKey, lotte.Name), new JourneyPersona(ahmed.CanvasKey, ahmed.Name)],
            Phases =
            [
                new(Guid.NewGuid(), "Ontdekken", "Weten waar tweedehands bouwmateriaal te vinden is", "Bestaat zoiets hier in de buurt?", "Gemeentelijk infoblad, buren", "Leest een artikel, kijkt op de website", "Nieuwsgierig maar twijfelend", 0),
                new(Guid.NewGuid(), "Eerste bezoek", "Zien of het aanbod past", "Is dit proper en bruikbaar?", "Het depot, de medewerker", "Loopt rond, vraagt naar hoeveelheden", "Aangenaam verrast door de ordening", 1),
                new(Guid.NewGuid(), "Kopen", "De juiste hoeveelheid meenemen", "Hoe krijg ik dit thuis?", "Kassa, aanhangwagen van het depot", "Betaalt, leent de aanhangwagen", "Gedoe met vervoer", -1),
                new(Guid.NewGuid(), "Gebruiken en terugkomen", "Het project afwerken", "Dit scheelde veel geld", "Mail met nieuw aanbod", "Komt terug en brengt zelf restmateriaal", "Tevreden en trots", 2),
            ],
        });
        db.PilotJourneys.Add(journey);

        var canvas = new PilotValueCanvas(pilot, now);
        Guid Key() => Guid.NewGuid();
        var painTime = Key(); var painQuality = Key(); var painCost = Key(); var gainCheap = Key(); var gainStory = Key();
        var first = new ValueCanvasSnapshot
        {
            Segment = "Inwoners die zelf verbouwen, en kleine aannemers met vrijgekomen materiaal",
            Items =
            [
                new(Key(), ValueItemKind.FunctioneleKlus, "Bouwmateriaal in de juiste hoeveelheid vinden", []),
                new(Key(), ValueItemKind.EmotioneleKlus, "Zeker zijn dat het materiaal nog goed is", []),
                new(Key(), ValueItemKind.SocialeKlus, "Tonen dat je duurzaam verbouwt", []),
                new(painTime, ValueItemKind.Pijn, "Veel tijd kwijt aan zoeken", []),
                new(painQuality, ValueItemKind.Pijn, "Onzekerheid over de kwaliteit", []),
                new(painCost, ValueItemKind.Pijn, "Kosten voor containers (aannemers)", []),
                new(gainCheap, ValueItemKind.Winst, "Goedkoper verbouwen", []),
                new(gainStory, ValueItemKind.Winst, "Een verhaal bij elk stuk", []),
                new(Key(), ValueItemKind.ProductDienst, "Verkoop van gecontroleerd tweedehands bouwmateriaal", [], "R3"),
            ],
        };
        canvas.Describe(first);
        db.PilotValueCanvases.Add(canvas);
        await db.SaveChangesAsync(ct);

        PilotCanvasVersion Version(string kind, Guid key, int number, string label, string json) =>
            new(pilot.OrganisationId, pilot.Id, kind, key, Enumerable.Range(1, number - 1), label, json, null, "Demo", null, now);
        db.PilotCanvasVersions.Add(Version("persona", lotte.CanvasKey, 1, "Na de interviews", CanvasJson.ToJson(lotte.TakeSnapshot())));
        db.PilotCanvasVersions.Add(Version("journey", journey.CanvasKey, 1, "Eerste schets", CanvasJson.ToJson(journey.TakeSnapshot())));
        db.PilotCanvasVersions.Add(Version("value", canvas.CanvasKey, 1, "Eerste schets", CanvasJson.ToJson(canvas.TakeSnapshot())));

        canvas.Describe(first with
        {
            Items =
            [
                .. first.Items,
                new(Key(), ValueItemKind.ProductDienst, "Ophaaldienst voor aannemers", [], "R3", "Kunnen we materiaal uitlenen in plaats van verkopen (R1, delen)?"),
                new(Key(), ValueItemKind.Pijnstiller, "Online catalogus met foto's en hoeveelheden", [painTime]),
                new(Key(), ValueItemKind.Pijnstiller, "Kwaliteitslabel na controle door een vakman", [painQuality]),
                new(Key(), ValueItemKind.Winstmaker, "Prijs ruim onder die van nieuw materiaal", [gainCheap]),
            ],
        });
        await db.SaveChangesAsync(ct);
        db.PilotCanvasVersions.Add(Version("value", canvas.CanvasKey, 2, "Na de pop-up", CanvasJson.ToJson(canvas.TakeSnapshot())));
        await db.SaveChangesAsync(ct);
    }
}
