using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Demo;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Demo: a held workshop at the "Van doelen naar acties" session with a closed dot vote (with votes of four
/// invented participants), a brainwriting round with ideas, and a quick poll ready to open. Illustrative only.
/// </summary>
public sealed class WorkshopDemo : IDemoContent
{
    public int Order => 60;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var session = await db.TrajectorySessions.InOrganisation(org).Include(s => s.Trajectory)
            .OrderByDescending(s => s.Kind == SessionKind.Stakeholders).ThenByDescending(s => s.Position).FirstOrDefaultAsync(ct);
        if (session is null)
        {
            var trajectory = new StrategyTrajectory(org, "Demostad Circulair 2030", 2025, 2030, null, null);
            session = trajectory.AddSession(SessionKind.Stakeholders, Progress.Phase.Fase2);
            db.Trajectories.Add(trajectory);
            await db.SaveChangesAsync(ct);
        }
        string code;
        do
        {
            code = WorkshopCode.New();
        }
        while (await db.Workshops.AnyAsync(w => w.Code == code, ct));
        var start = demo.Now.AddDays(-3);
        var workshop = new Workshop(session, "Stakeholderworkshop acties", code, start.AddDays(-1));
        var vote = workshop.AddActivity(ActivityKind.Stippenstemming, "Welke acties pakken we eerst aan?");
        vote.SetDotRules(5, 3);
        var repair = vote.AddItem("Herstelpunt in elke wijk");
        var procurement = vote.AddItem("Circulair aankopen bij de stad");
        var food = vote.AddItem("Minder voedselverlies in scholen");
        var ideas = workshop.AddActivity(ActivityKind.Brainwriting, "Hoe krijgen we meer spullen hersteld?");
        var poll = workshop.AddActivity(ActivityKind.Peiling, "Hoe tevreden ben je over deze workshop?");
        poll.SetPollType(PollType.Schaal);
        db.Workshops.Add(workshop);
        await db.SaveChangesAsync(ct);

        var people = new List<WorkshopParticipant>();
        foreach (var name in new[] { "Sofie", null, "Karim", null })
        {
            var (participant, _) = WorkshopParticipant.Join(workshop, name, start);
            people.Add(participant);
            db.WorkshopParticipants.Add(participant);
        }
        await db.SaveChangesAsync(ct);

        workshop.Open(vote, people.Count, start.AddMinutes(5));
        int[][] dots = [[3, 2, 0], [2, 0, 3], [3, 1, 1], [1, 3, 1]];
        for (var p = 0; p < people.Count; p++)
        {
            var items = new[] { repair, procurement, food };
            for (var i = 0; i < items.Length; i++)
            {
                if (dots[p][i] > 0)
                {
                    db.WorkshopResponses.Add(new WorkshopResponse(vote, people[p], items[i].Id, 0, dots[p][i], null, start.AddMinutes(8)));
                }
            }
        }
        vote.ShowResults();
        workshop.Close(vote, start.AddMinutes(15));
        vote.MarkFed(FeedOutcome.KeptInWorkshop, start.AddMinutes(15));

        workshop.Open(ideas, people.Count, start.AddMinutes(20));
        var texts = new[] { "Gratis herstelbon bij de kringwinkel", "Herstelcafé in de bibliotheek", "Onderdelen delen via de materialenbank", "Leerlingen technisch onderwijs als herstellers" };
        for (var p = 0; p < people.Count; p++)
        {
            db.WorkshopIdeas.Add(new WorkshopIdea(ideas, people[p], IdeaKind.Idee, texts[p], 1, BrainwritingSheets.SheetFor(p, 1, ideas.SheetCount), 0, null, Guid.NewGuid(), start.AddMinutes(25)));
        }
        workshop.Close(ideas, start.AddMinutes(35));
        ideas.MarkFed(FeedOutcome.KeptInWorkshop, start.AddMinutes(35));
        await db.SaveChangesAsync(ct);
    }
}
