using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Vision;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>
/// Demo: a vision canvas for the demo trajectory with two versions and an AMORE round on each. In the first round
/// "Onderscheidend" scores under 3; the second version sharpens the statement and the second round shows it improve.
/// All text is illustrative. Uses the demo trajectory when the trajectory feature made one, else makes its own.
/// </summary>
public sealed class VisionDemo : IDemoContent
{
    public int Order => 30;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var now = demo.Now;
        var trajectory = await db.Trajectories.InOrganisation(org).OrderBy(t => t.Id).FirstOrDefaultAsync(ct);
        if (trajectory is null)
        {
            trajectory = new StrategyTrajectory(org, "Demostad Circulair 2030", 2025, 2030, DateOnly.FromDateTime(now.AddMonths(-2)), DateOnly.FromDateTime(now.AddMonths(3)));
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync(ct);
        }
        var earlier = now.AddDays(-30);
        var canvas = new VisionCanvas(org, trajectory.Id, earlier);
        canvas.Describe(
            "Demostad gooit elk jaar te veel bruikbare spullen en materialen weg, en de kosten voor afvalverwerking stijgen. Een circulaire aanpak houdt waarde en werk in de stad.",
            "Tegen 2030 zijn hergebruik en herstel gewoon in Demostad: minder restafval, meer lokale jobs en een stadsbestuur dat zelf circulair aankoopt en bouwt.",
            "Er draaien al twee repair cafés, een kringwinkel en een deelplatform voor gereedschap. Ondernemers vragen om een plek om reststromen uit te wisselen.",
            "Demostad wordt een circulaire stad waar we zorgzaam omgaan met materialen.",
            VisionFocus.BurgersActiveren | VisionFocus.Klimaatplan,
            earlier);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?>
        {
            [VisionPolicy.LokaalMaterialenplan] = "Ons doel voor restafval per inwoner sluit aan op het materialenplan.",
            [VisionPolicy.Lekp] = "De klimaattafels zijn ons forum om burgers te betrekken.",
        }, earlier);
        canvas.AddNote(VisionBlock.Waarom, "Restafval daalt te traag", NoteColour.Geel, earlier);
        canvas.AddNote(VisionBlock.Waarom, "Stijgende verwerkingskosten", NoteColour.Oranje, earlier);
        canvas.AddNote(VisionBlock.Resultaten, "Elke wijk een herstelpunt", NoteColour.Groen, earlier);
        var circularProcurement = canvas.AddNote(VisionBlock.Resultaten, "Circulair aankopen als standaard", NoteColour.Blauw, earlier);
        canvas.AddNote(VisionBlock.WatLeeftErAl, "Repair cafés (2)", NoteColour.Roze, earlier);
        canvas.AddNote(VisionBlock.WatLeeftErAl, "Kringwinkel", NoteColour.Paars, earlier);
        db.VisionCanvases.Add(canvas);
        await db.SaveChangesAsync(ct);

        var first = VisionVersion.Save(canvas, [], "Eerste ontwerp kernteam", demo.Coordinator.Id, demo.Coordinator.DisplayName, earlier);
        db.VisionVersions.Add(first);
        await db.SaveChangesAsync(ct);

        // Round 1: "Onderscheidend" stays under 3 — the statement could be any city's.
        var round1 = new AmoreRound(first, "AMORE-check kernteam", demo.Coordinator.DisplayName, earlier.AddDays(1));
        db.AmoreRounds.Add(round1);
        await db.SaveChangesAsync(ct);
        round1.Rate(RaterKey.Member(demo.Coordinator.Id), demo.Coordinator.DisplayName, new AmoreScores(3, 4, 2, 4, 4), "Goede start, maar dit kan over elke stad gaan.", earlier.AddDays(2));
        await RateExternallyAsync(db, round1, "Sofie Peeters (kringwinkel)", "sofie@kringwinkel.example", new AmoreScores(3, 3, 2, 4, 4), "Noem wat Demostad eigen maakt: de haven, de textielgeschiedenis.", earlier.AddDays(2), ct);
        await RateExternallyAsync(db, round1, "Karim El Amrani (ondernemersraad)", "karim@ondernemersraad.example", new AmoreScores(3, 3, 3, 3, 4), null, earlier.AddDays(3), ct);
        round1.Rate(RaterKey.Workshop("demo-kernteam-1"), "Deelnemer kernteamsessie", new AmoreScores(3, 4, 2, 4, 3), "Zorgzaam is mooi, maar wat betekent het concreet?", earlier.AddDays(3));
        round1.Close(earlier.AddDays(5));
        await db.SaveChangesAsync(ct);

        // Version 2: the statement names what is Demostad's own; the notes follow.
        var later = now.AddDays(-7);
        canvas.Describe(canvas.Why, canvas.Results, canvas.AlreadyHappening,
            "Demostad, havenstad met een textielverleden, maakt tegen 2030 van herstellen, delen en hergebruiken de gewoonte: in elke wijk, in elk bedrijf en in elk gebouw van de stad.",
            VisionFocus.BurgersActiveren | VisionFocus.Ondernemerschap | VisionFocus.Klimaatplan, later);
        canvas.EditNote(circularProcurement.Key, "Circulair aankopen en bouwen als standaard", NoteColour.Blauw, later);
        canvas.AddNote(VisionBlock.WatLeeftErAl, "Textielateliers in de havenbuurt", NoteColour.Groen, later);
        canvas.CitePolicies(new Dictionary<VisionPolicy, string?>
        {
            [VisionPolicy.LokaalMaterialenplan] = "Ons doel voor restafval per inwoner sluit aan op het materialenplan.",
            [VisionPolicy.Lekp] = "De klimaattafels zijn ons forum om burgers te betrekken.",
            [VisionPolicy.VlaanderenCirculair] = "De werkagenda rond maakindustrie en textiel past bij onze ateliers.",
        }, later);
        await db.SaveChangesAsync(ct);
        var second = VisionVersion.Save(canvas, [first.Number], "Na stakeholderworkshop", demo.Coordinator.Id, demo.Coordinator.DisplayName, later);
        db.VisionVersions.Add(second);
        await db.SaveChangesAsync(ct);

        var round2 = new AmoreRound(second, "AMORE-check na workshop", demo.Coordinator.DisplayName, later.AddDays(1));
        db.AmoreRounds.Add(round2);
        await db.SaveChangesAsync(ct);
        round2.Rate(RaterKey.Member(demo.Coordinator.Id), demo.Coordinator.DisplayName, new AmoreScores(4, 4, 4, 4, 4), null, later.AddDays(1));
        await RateExternallyAsync(db, round2, "Sofie Peeters (kringwinkel)", "sofie@kringwinkel.example", new AmoreScores(4, 4, 4, 4, 3), "Nu herken ik Demostad erin.", later.AddDays(2), ct);
        await RateExternallyAsync(db, round2, "Karim El Amrani (ondernemersraad)", "karim@ondernemersraad.example", new AmoreScores(4, 3, 4, 4, 3), "Ambitieus; de bedrijven willen graag mee.", later.AddDays(2), ct);
        round2.Rate(RaterKey.Workshop("demo-workshop-2"), "Deelnemer stakeholderworkshop", new AmoreScores(5, 4, 4, 5, 3), null, later.AddDays(3));
        await db.SaveChangesAsync(ct);
    }

    private static async Task RateExternallyAsync(CirculairDbContext db, AmoreRound round, string name, string email, AmoreScores scores, string? comment, DateTime at, CancellationToken ct)
    {
        var (invitation, _) = AmoreInvitation.Create(round, name, email, at.AddHours(-2));
        db.AmoreInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        invitation.Rate(scores, comment, at);
    }
}
