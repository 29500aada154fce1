using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Vision;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>
/// The phase 2 strategy of "Demostad (voorbeeld)", built on the scan's shortlist of two domains: both kept after a
/// stakeholder session, a third (bio-economy) weighed and dropped; four goals (three fully SMART, one not yet), five
/// action lines, eight actions spread over all four quadrants and scored by the coordinator and two workshop tables,
/// three action sheets and six ideas, one of them promoted. One goal still waits for actions and the promoted idea's
/// action still waits for a line, so the golden thread has something to point at. All of it is invented.
/// </summary>
public sealed class StrategyDemo : IDemoContent
{
    public int Order => 60;

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
        var stakeholders = await db.Stakeholders.InOrganisation(org).ToDictionaryAsync(s => s.Name, s => s.Id, ct);
        int? Stakeholder(string name) => stakeholders.TryGetValue(name, out var id) ? id : null;

        var built = Domain("gebouwde-omgeving", DomainSupport.Hoog, DomainDecision.Behouden,
            "In de sessie 'Doelen scherpstellen' wilden bouwbedrijven, de hogeschool en de dienst patrimonium mee trekken (fictief voorbeeld).");
        var goods = Domain("consumentengoederen", DomainSupport.Middel, DomainDecision.Behouden,
            "Veel energie bij repair café, kringwinkel en buurtcomités; de handelaars volgen nog af (fictief voorbeeld).");
        var bio = Domain("bio-economie", DomainSupport.Laag, DomainDecision.LatenVallen,
            "Niemand wilde dit domein trekken en de regio heeft al een voedselstrategie; we volgen die op in plaats van zelf te starten (fictief voorbeeld).");
        db.StrategyDomains.AddRange(built, goods, bio);
        await db.SaveChangesAsync(ct);

        var g1 = new StrategyGoal(built, 1, new GoalDetails
        {
            Statement = "Vanaf 2027 past Demostad circulaire principes toe in al haar nieuwbouw- en renovatieprojecten.",
            Indicator = "Aandeel eigen bouwprojecten met circulaire gunningscriteria", TargetValue = 100, Unit = "%", BaselineValue = 10, BaselineYear = 2024,
            Deadline = new DateOnly(2027, 12, 31), Owner = "Dienst Aankoop en Patrimonium",
            RealismNote = "Twee pilootaanbestedingen liepen al; de raamcontracten worden in 2026 vernieuwd (fictief voorbeeld).",
        });
        var g2 = new StrategyGoal(built, 2, new GoalDetails
        {
            Statement = "Tegen 2030 wordt 30 % van de bouwmaterialen die vrijkomen bij stadsprojecten hergebruikt.",
            Indicator = "Hergebruikte bouwmaterialen uit stadsprojecten", TargetValue = 30, Unit = "% van het gewicht", BaselineValue = 4, BaselineYear = 2024,
            Deadline = new DateOnly(2030, 12, 31), Owner = "Dienst Patrimonium",
            RealismNote = "Haalbaar als de materialenbank in 2026 opent (fictief voorbeeld).",
        });
        var g3 = new StrategyGoal(goods, 1, new GoalDetails
        {
            Statement = "Tegen 2030 daalt het restafval in Demostad tot 100 kg per inwoner per jaar.",
            Indicator = "Restafval per inwoner", TargetValue = 100, Unit = "kg per inwoner per jaar", BaselineValue = 141, BaselineYear = 2023,
            Deadline = new DateOnly(2030, 12, 31), Owner = "Dienst Milieu en Klimaat",
            RealismNote = "Sluit aan op het doel van het Lokaal Materialenplan voor onze cluster (fictief voorbeeld).",
        });
        var g4 = new StrategyGoal(goods, 2, new GoalDetails { Statement = "Elke wijk krijgt een plek om te herstellen en te delen.", Owner = "Klimaattafel Demostad" });
        db.StrategyGoals.AddRange(g1, g2, g3, g4);
        await db.SaveChangesAsync(ct);

        var l1 = new ActionLine(g1, 1, "Circulaire principes verankeren in aanbestedingen en gunningscriteria", "Het voorbeeld uit de gids: eerst de eigen aankopen (fictief voorbeeld).");
        var l2 = new ActionLine(g2, 1, "Een materialenbank voor vrijgekomen bouwmaterialen", null);
        var l3 = new ActionLine(g3, 1, "Herstellen en hergebruiken dicht bij huis", null);
        var l4 = new ActionLine(g3, 2, "Beter sorteren en inzamelen", null);
        var l5 = new ActionLine(g4, 1, "Herstel- en deelpunten in de wijken", null);
        db.ActionLines.AddRange(l1, l2, l3, l4, l5);
        await db.SaveChangesAsync(ct);

        var placed = new List<PlannedAction>();
        PlannedAction Action(string number, string title, ActionLine? line, ActionStatus status, ActionSize? size, string? owner, DateOnly? start, DateOnly? end, string? neighbours = null, string? indicator = null)
        {
            var a = new PlannedAction(org, trajectory.Id, new ActionDetails
            {
                Number = number, Title = title, Status = status, Size = size, Start = start, End = end, Neighbours = neighbours, Indicator = indicator,
                Priority = size == ActionSize.GrootProject ? ActionPriority.Hoog : ActionPriority.Middel,
                Owner = owner is null ? null : Stakeholder(owner) is { } s ? ActionOwner.OfStakeholder(s) : ActionOwner.Member(demo.Coordinator.Id),
            }, now);
            a.PlaceIn(line, [.. placed.Where(p => p.Line == line)]);
            placed.Add(a);
            return a;
        }
        var a1 = Action("A01", "Opleiding circulair aankopen voor aankopers en projectleiders", l1, ActionStatus.Gepland, ActionSize.KleineVerbetering, "Dienst Aankoop", today.AddMonths(1), today.AddMonths(4), indicator: "Aantal opgeleide medewerkers");
        var a2 = Action("A02", "Sloopinventaris bij elke sloop of renovatie van een stadsgebouw", l1, ActionStatus.Idee, ActionSize.GrootProject, "Dienst Ruimtelijke Ordening", today.AddMonths(3), today.AddMonths(18));
        var a3 = Action("A03", "Materialenbank op het stedelijk depot", l2, ActionStatus.Lopend, ActionSize.GrootProject, "Bouwbedrijf Voorbeeld & Zonen", today.AddMonths(-1), today.AddMonths(24), "Voorbeeldegem, Proefdonk", "Ton hergebruikte materialen per jaar");
        var a4 = Action("A04", "Repair café in elk wijkcentrum", l3, ActionStatus.Gepland, ActionSize.KleineVerbetering, "Repair Café Demostad", today.AddMonths(2), today.AddMonths(12), indicator: "Aantal herstelde toestellen");
        var a5 = Action("A05", "Uitleendienst voor gereedschap in de bibliotheek", l3, ActionStatus.Idee, ActionSize.KleineVerbetering, null, null, null);
        var a6 = Action("A06", "Sorteerstraatjes in alle stadsgebouwen", l4, ActionStatus.Afgerond, ActionSize.KleineVerbetering, "Communicatiedienst", today.AddMonths(-6), today.AddMonths(-1));
        var a7 = Action("A07", "Eigen vergistingsinstallatie voor gft", l4, ActionStatus.OnHold, ActionSize.GrootProject, "Afvalintercommunale Demoland", null, null, "Voorbeeldegem");
        var a8 = Action("A08", "Infoavond circulair ondernemen voor handelaars", null, ActionStatus.Idee, ActionSize.KleineVerbetering, null, null, null);
        db.PlannedActions.AddRange(placed);
        await db.SaveChangesAsync(ct);

        // Scores (impact, effort) of the coordinator and two workshop tables; the means land in all four quadrants.
        var coordinator = RaterKey.Member(demo.Coordinator.Id);
        var table1 = RaterKey.Workshop("demo-ws2-tafel1");
        var table2 = RaterKey.Workshop("demo-ws2-tafel2");
        void Rate(PlannedAction a, (int I, int E) c, (int I, int E) t1, (int I, int E) t2)
        {
            a.Rate(coordinator, demo.Coordinator.DisplayName, c.I, c.E, now.AddDays(-10));
            a.Rate(table1, "Tafel 1 (workshop 'Van doelen naar acties')", t1.I, t1.E, now.AddDays(-9));
            a.Rate(table2, "Tafel 2 (workshop 'Van doelen naar acties')", t2.I, t2.E, now.AddDays(-9));
        }
        Rate(a1, (4, 2), (5, 2), (4, 1));
        Rate(a2, (4, 4), (3, 4), (5, 5));
        Rate(a3, (5, 5), (5, 4), (4, 5));
        Rate(a4, (4, 2), (4, 1), (5, 2));
        Rate(a5, (2, 2), (3, 1), (2, 2));
        Rate(a6, (2, 1), (2, 2), (1, 1));
        Rate(a7, (3, 5), (2, 5), (2, 4));

        a1.DescribeSheet(new ActionSheet
        {
            Description = "Een opleiding van twee halve dagen over circulaire criteria in bestekken, met oefeningen op de eigen raamcontracten (fictief voorbeeld).",
            DesiredResults = "Alle aankopers en projectleiders kennen de circulaire criteria en gebruiken ze in hun volgende bestek.",
            Milestones = [new(today.AddMonths(2), "Eerste opleidingsdag", false), new(today.AddMonths(4), "Evaluatie en bijsturing", false)],
            Partners = [.. new[] { ("Hogeschool Demoland, onderzoeksgroep Circulair Bouwen", "Kennispartner: geeft de opleiding"), ("Gemeente Voorbeeldegem", "Neemt deel met eigen aankopers") }
                .Where(p => Stakeholder(p.Item1) is not null).Select(p => new PartnerEntry(Stakeholder(p.Item1)!.Value, p.Item2))],
            Budget = [new(today.Year, 0.1, 6000m)],
            Steps = [new("Programma uitwerken met de hogeschool", today.AddMonths(1), "0,05 FTE"), new("Inschrijvingen openen", today.AddMonths(1).AddDays(14), null)],
            PreconditionsOrganisational = "De diensthoofden geven hun medewerkers tijd om deel te nemen.",
            Risks = [new("Te weinig inschrijvingen", RiskLevel.Middel, RiskLevel.Middel, "Samen organiseren met de buurgemeenten")],
            FirstSteps = "Datum vastleggen met de hogeschool en de uitnodiging via het intranet versturen.",
        }, now);
        a3.DescribeSheet(new ActionSheet
        {
            Description = "Een afgebakende zone op het stedelijk depot waar herbruikbare materialen uit stadsprojecten worden opgeslagen, geïnventariseerd en opnieuw ingezet (fictief voorbeeld).",
            DesiredResults = "Vanaf 2027 gaat elk jaar minstens 200 ton bouwmaterialen een tweede leven in.",
            Milestones = [new(today.AddMonths(-1), "Locatie op het depot goedgekeurd", true), new(today.AddMonths(6), "Opening voor stadsprojecten", false), new(today.AddMonths(18), "Opening voor aannemers uit de regio", false)],
            Partners = [.. new[] { ("Bouwbedrijf Voorbeeld & Zonen", "Trekker van de uitvoering"), ("Kringwinkel Demoland", "Sorteert en verkoopt kleinere materialen"), ("Gemeente Voorbeeldegem", "Levert materialen aan en deelt de kosten") }
                .Where(p => Stakeholder(p.Item1) is not null).Select(p => new PartnerEntry(Stakeholder(p.Item1)!.Value, p.Item2))],
            Budget = [new(today.Year, 0.5, 45000m), new(today.Year + 1, 1.0, 80000m), new(today.Year + 2, 1.0, 60000m)],
            Steps = [new("Inrichting van de zone en rekken", today.AddMonths(3), "30.000 euro"), new("Inventarisatiesysteem (materialenpaspoort)", today.AddMonths(5), "0,2 FTE"), new("Afspraken met aannemers in de bestekken", today.AddMonths(9), null)],
            PreconditionsTechnical = "Een overdekte, droge opslag en een eenvoudig systeem om materialen te registreren.",
            PreconditionsLegal = "Afspraken over aansprakelijkheid en kwaliteitsattesten voor hergebruikte materialen.",
            PreconditionsSpatial = "Ruimte op het depot, bereikbaar voor vrachtwagens.",
            PreconditionsOrganisational = "Een vaste beheerder, gedeeld met de buurgemeenten.",
            Risks = [new("Te weinig vraag naar hergebruikte materialen", RiskLevel.Middel, RiskLevel.Hoog, "Hergebruik als gunningscriterium in eigen bestekken (zie A01)"), new("Opslag raakt vol", RiskLevel.Laag, RiskLevel.Middel, "Afspraken over maximale opslagduur")],
            FirstSteps = "Beheerder aanstellen en de eerste sloopproject-inventaris koppelen aan de materialenbank.",
        }, now);
        a4.DescribeSheet(new ActionSheet
        {
            Description = "Elke maand een repair café in een ander wijkcentrum, met vrijwilligers van Repair Café Demostad (fictief voorbeeld).",
            Partners = [.. new[] { ("Repair Café Demostad", "Vrijwilligers en materiaal"), ("Kringwinkel Demoland", "Onderdelen en doorverwijzing") }
                .Where(p => Stakeholder(p.Item1) is not null).Select(p => new PartnerEntry(Stakeholder(p.Item1)!.Value, p.Item2))],
            Budget = [new(today.Year, 0.1, 3000m)],
            FirstSteps = "Wijkcentra en data vastleggen.",
        }, now);
        await db.SaveChangesAsync(ct);

        var i1 = Idea("Deelkast met gereedschap in elke wijk", IdeaTechnique.HoeKunnenWe, goods.Id, g4.Id, null, 7, "Tafel 2");
        var i2 = Idea("Repair café dat langs de wijkcentra trekt", IdeaTechnique.Brainwriting, goods.Id, g3.Id, null, 9, "Tafel 1");
        var i3 = Idea("Infoavond circulair ondernemen voor handelaars", IdeaTechnique.WorldCafe, null, null, null, 5, "Tafel 3");
        var i4 = Idea("Hergebruikte bakstenen in het nieuwe jeugdhuis, zoals een materialenbank elders deed", IdeaTechnique.Analogiedenken, built.Id, g2.Id, null, 6, "Kernteam");
        var i5 = Idea("Wandeling langs circulaire plekken in de stad", IdeaTechnique.Eigen, goods.Id, null, null, 2, "Klimaattafel");
        db.StrategyIdeas.AddRange(i1, i2, i3, i4, i5);
        await db.SaveChangesAsync(ct);
        var i6 = Idea("Repair café ook voor fietsen, met de fietsersbond", IdeaTechnique.Brainwriting, goods.Id, g3.Id, i2.Id, 3, "Tafel 1");
        db.StrategyIdeas.Add(i6);
        i3.Promote(a8);
        await db.SaveChangesAsync(ct);

        StrategyDomain Domain(string code, DomainSupport support, DomainDecision decision, string reason)
        {
            var d = new StrategyDomain(org, trajectory.Id, code);
            d.Record(support, decision, reason, today.AddDays(-20));
            return d;
        }

        StrategyIdea Idea(string title, IdeaTechnique technique, int? domain, int? goal, int? buildsOn, int votes, string by)
        {
            var idea = new StrategyIdea(org, trajectory.Id, title, technique, now.AddDays(-14));
            idea.Describe(title, null, technique, technique == IdeaTechnique.Eigen ? "Wandeling" : null, domain, goal, buildsOn, by);
            idea.SetVotes(votes);
            return idea;
        }
    }
}
