using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance;

/// <summary>
/// The governance of "Demostad (voorbeeld)": a coordinator with half a full-time equivalent, the platform
/// "Platform Demostad Circulair" with members from the register and one typed in, and one meeting whose decisions
/// point at two actions. All of it is invented.
/// </summary>
public sealed class GovernanceDemo : IDemoContent
{
    public int Order => 76;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var now = demo.Now;
        db.CoordinationRoles.Add(new CoordinationRole(org, new CoordinationDetails
        {
            Kind = CoordinationKind.Coordinator, People = "Milieucoördinator van Demostad (fictief voorbeeld)", Fte = 0.5,
            Tasks = "Maandelijks overleg met de trekkers, driemaandelijkse rapportering aan het college, beheer van de actieportfolio.",
        }, now));
        var platform = new GovernancePlatform(org, "Platform Demostad Circulair", PlatformKind.EigenPlatform,
            "Komt vier keer per jaar samen met bedrijven, middenveld en onderwijs om de uitvoering van de strategie op te volgen (fictief voorbeeld).", now);
        var stakeholders = await db.Set<Stakeholder>().InOrganisation(org).OrderBy(s => s.Id).Select(s => s.Id).Take(3).ToListAsync(ct);
        foreach (var (id, i) in stakeholders.Select((id, i) => (id, i)))
        {
            platform.AddMember(id, null, i == 0 ? "Voorzitter" : null);
        }
        platform.AddMember(null, "Vertegenwoordiger van de milieuraad", "Waarnemer");
        db.GovernancePlatforms.Add(platform);
        await db.SaveChangesAsync(ct);

        var actions = await db.PlannedActions.InOrganisation(org).Where(a => a.Number == "A03" || a.Number == "A07")
            .ToDictionaryAsync(a => a.Number, a => a.Id, ct);
        var today = DateOnly.FromDateTime(now);
        db.PlatformMeetings.Add(new PlatformMeeting(platform, new MeetingDetails
        {
            Date = today.AddDays(-30),
            Agenda = "1. Stand van zaken van de acties\n2. De materialenbank: eerste resultaten\n3. Vergisting van gft: wachten op de regionale studie",
            Minutes = "Twaalf aanwezigen. De materialenbank loopt goed; de bouwbedrijven vragen meer vaste verkoopmomenten (fictief voorbeeld).",
            Decisions =
            [
                new MeetingDecisionEntry("Vanaf volgend kwartaal een vast maandelijks verkoopmoment in de materialenbank.", actions.TryGetValue("A03", out var a3) ? a3 : null),
                new MeetingDecisionEntry("De vergisting blijft on hold tot de regionale studie klaar is.", actions.TryGetValue("A07", out var a7) ? a7 : null),
            ],
        }, now));
        await db.SaveChangesAsync(ct);
    }
}
