using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Web.Platform.Demo;

namespace Circulair.Web.Features.Trajectory;

/// <summary>
/// "Circulair 2030" for the demo organisation: a running trajectory of five months with the five default
/// sessions, the first two held and written up. Everything is invented for illustration; dates follow the
/// demo's "now" so the plan always looks current.
/// </summary>
public sealed class TrajectoryDemo : IDemoContent
{
    public int Order => 10;

    public Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(demo.Now);
        var start = today.AddDays(-35);
        var trajectory = new StrategyTrajectory(demo.Organisation.Id, "Circulair 2030", 2025, 2030, start, start.AddMonths(5));
        trajectory.ChangeStatus(TrajectoryStatus.Lopend);
        trajectory.AddDefaultSessions();
        var s = trajectory.OrderedSessions();
        s[0].Describe(SessionKind.Kernteam, Phase.Fase1, "Startvergadering kernteam", start.AddDays(3),
            "Vergaderzaal De Kringloop, administratief centrum Demostad",
            "Samen het traject uittekenen: wie zit in het kernteam, welke sessies plannen we, en wat vragen we aan het college?",
            "An Peeters (milieudienst, coördinator)\nBram Jacobs (lokale economie)\nCharlotte Claes (communicatie)\nDries Wouters (aankoop en patrimonium)",
            "Het kernteam overliep de stappen van de methode en legde een planning van vijf maanden vast.\n"
                + "We maakten een eerste lijst van interne en externe stakeholders en spraken af wie welke partner contacteert.\n"
                + "Het college krijgt volgende maand een korte nota over de opstart.",
            "Vijf werksessies plannen tussen nu en het najaar.\nAn trekt het traject; Charlotte zorgt voor de uitnodigingen.");
        s[1].Describe(SessionKind.Stakeholders, Phase.Fase1, "Visie en kansen", start.AddDays(24),
            "Ontmoetingscentrum Het Ankerpunt, Demostad",
            "De stakeholderkaart afwerken en samen een eerste visie op een circulair Demostad formuleren.",
            "Kernteam, vertegenwoordigers van de handelaarsvereniging, de kringwinkel, twee scholen, de afvalintercommunale en vijf bewoners",
            "De deelnemers herkenden drie sporen met veel energie: herstellen en hergebruiken, circulair bouwen bij eigen projecten, en minder voedselverlies.\n"
                + "Over de rol van de gemeente als voorbeeld waren de meningen verdeeld; dat nemen we mee naar de volgende sessie.",
            "Drie kansrijke actiedomeinen gaan door naar fase 2.\nDe visietekst wordt per mail nagelezen.");
        s[2].Describe(SessionKind.Stakeholders, Phase.Fase2, "Doelen scherpstellen", start.AddDays(56),
            "Raadzaal, gemeentehuis Demostad", "Per actiedomein SMART-doelen afspreken.", null, null, null);
        s[3].Describe(SessionKind.Stakeholders, Phase.Fase2, "Van doelen naar acties", start.AddDays(84),
            "Raadzaal, gemeentehuis Demostad", "Actielijnen en acties bedenken en met een impact/effort-oefening kiezen.", null, null, null);
        s[4].Describe(SessionKind.Nazorg, Phase.Fase3, "Voorstelling aan college en inwoners", start.AddMonths(5),
            "Cultuurcentrum De Spiraal, Demostad", "De strategie voorstellen en de eerste acties lanceren.", null, null, null);
        db.Trajectories.Add(trajectory);
        return Task.CompletedTask;
    }
}
