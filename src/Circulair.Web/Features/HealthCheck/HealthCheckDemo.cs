using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Demo;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>
/// Demo: two health-check rounds a year apart, each with a member and a few outside raters (through their personal
/// link). The first round shows weak coordination and resources and the raters disagreeing on entrepreneurship; a year later
/// coordination and knowledge exchange have improved. All names and notes are illustrative.
/// </summary>
public sealed class HealthCheckDemo : IDemoContent
{
    public int Order => 80;

    public async Task AddAsync(CirculairDbContext db, DemoContext demo, CancellationToken ct)
    {
        var org = demo.Organisation.Id;
        var lastYear = demo.Now.AddYears(-1).AddDays(-10);
        var first = new HealthCheckRound(org, $"Gezondheidscheck {lastYear.Year}", demo.Coordinator.DisplayName, lastYear);
        db.HealthCheckRounds.Add(first);
        await db.SaveChangesAsync(ct);
        first.Rate(RaterKey.Member(demo.Coordinator.Id), demo.Coordinator.DisplayName,
            Scores([3, 1, 3, 2, 3, 2, 3, 1, 2], (HealthCheckBlock.Coordinatie, "Niemand heeft tijd om de acties samen te houden.")), lastYear.AddDays(1));
        await RateExternallyAsync(db, first, "Sofie Peeters (kringwinkel)", "sofie@kringwinkel.example",
            Scores([2, 3, 4, 2, 2, 3, 2, 2, 2], (HealthCheckBlock.Sensibilisering, "Inwoners kennen de repair cafés goed.")), lastYear.AddDays(3), ct);
        await RateExternallyAsync(db, first, "Karim El Amrani (ondernemersraad)", "karim@ondernemersraad.example",
            Scores([1, 5, 2, 3, 2, 2, 2, 1, 1], (HealthCheckBlock.Marktvorming, "Voor gebruikte bouwmaterialen is er nog geen afzet.")), lastYear.AddDays(4), ct);
        first.Close(lastYear.AddDays(21));
        await db.SaveChangesAsync(ct);

        var recent = demo.Now.AddDays(-10);
        var second = new HealthCheckRound(org, $"Gezondheidscheck {recent.Year}", demo.Coordinator.DisplayName, recent);
        db.HealthCheckRounds.Add(second);
        await db.SaveChangesAsync(ct);
        second.Rate(RaterKey.Member(demo.Coordinator.Id), demo.Coordinator.DisplayName,
            Scores([3, 3, 3, 3, 4, 3, 4, 2, 4], (HealthCheckBlock.Coordinatie, "Er is nu een coördinator met een vaste overlegstructuur.")), recent.AddDays(1));
        await RateExternallyAsync(db, second, "Sofie Peeters (kringwinkel)", "sofie@kringwinkel.example",
            Scores([3, 3, 4, 3, 4, 4, 3, 2, 3], (HealthCheckBlock.Kennisuitwisseling, "Het lerend netwerk brengt ons samen met de bedrijven.")), recent.AddDays(2), ct);
        await RateExternallyAsync(db, second, "Karim El Amrani (ondernemersraad)", "karim@ondernemersraad.example",
            Scores([2, 4, 3, 3, 4, 3, 3, 3, 4], (HealthCheckBlock.Middelen, "De subsidie voor het bedrijventerrein helpt.")), recent.AddDays(3), ct);
        await db.SaveChangesAsync(ct);
    }

    private static IReadOnlyList<BlockScore> Scores(int[] scores, (HealthCheckBlock Block, string Note) note) =>
        [.. BlockScore.Blocks.Select((b, i) => new BlockScore(b, scores[i], b == note.Block ? note.Note : null))];

    private static async Task RateExternallyAsync(CirculairDbContext db, HealthCheckRound round, string name, string email, IReadOnlyList<BlockScore> scores, DateTime at, CancellationToken ct)
    {
        var (invitation, _) = HealthCheckInvitation.Create(round, name, email, at.AddHours(-2));
        db.HealthCheckInvitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        invitation.Rate(scores, at);
    }
}
