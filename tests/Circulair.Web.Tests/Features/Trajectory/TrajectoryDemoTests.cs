using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Trajectory;

/// <summary>The demo organisation gets "Circulair 2030". Runs its own app: the demo can be seeded only once per database.</summary>
public sealed class TrajectoryDemoTests
{
    [Fact]
    public async Task Demo_seeding_adds_Circulair_2030_with_five_sessions_of_which_the_first_two_are_written_up()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();

        await app.WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));

        var trajectory = await app.WithDbAsync(async (db, _) => await db.Trajectories.Include(t => t.Sessions)
            .SingleAsync(t => db.Organisations.Any(o => o.Id == t.OrganisationId && o.Name == DemoSeeder.OrganisationName)));
        Assert.Equal("Circulair 2030", trajectory.Title);
        Assert.Equal(TrajectoryStatus.Lopend, trajectory.Status);
        Assert.Equal(LeadTimeAdvice.WithinAdvice, trajectory.LeadTime);
        var sessions = trajectory.OrderedSessions();
        Assert.Equal([SessionKind.Kernteam, SessionKind.Stakeholders, SessionKind.Stakeholders, SessionKind.Stakeholders, SessionKind.Nazorg], sessions.Select(x => x.Kind));
        Assert.Equal([Phase.Fase1, Phase.Fase1, Phase.Fase2, Phase.Fase2, Phase.Fase3], sessions.Select(x => x.Phase!.Value));
        Assert.All(sessions, x => Assert.True(x.Date is not null && x.Place is not null && x.Purpose is not null));
        Assert.All(sessions.Take(2), x => Assert.True(x.Minutes is not null && x.Participants is not null && x.Decisions is not null));
        Assert.All(sessions.Skip(2), x => Assert.False(x.HasRecord));
        Assert.True(sessions.Select(x => x.Date!.Value).SequenceEqual(sessions.Select(x => x.Date!.Value).Order()));
        var today = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime);
        Assert.True(sessions[1].Date < today && sessions[2].Date > today, "the written-up sessions lie in the past, the others ahead");
        Assert.True(await app.WithDbAsync(async (db, _) => await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(TrajectorySession) && e.OrganisationId == trajectory.OrganisationId)));
    }
}
