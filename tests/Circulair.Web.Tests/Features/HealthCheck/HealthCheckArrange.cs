using System.Globalization;
using Circulair.HealthCheck;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.HealthCheck;

/// <summary>Arranges health-check data straight through the model, for tests that start past opening a round.</summary>
internal static class HealthCheckArrange
{
    public static Task<int> OpenHealthRoundAsync(this CirculairFactory app, TestOrganisation org, string title = "Check", DateTime? openedAt = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var round = new HealthCheckRound(org.Id, title, "test", openedAt ?? app.Clock.GetUtcNow().UtcDateTime);
            db.HealthCheckRounds.Add(round);
            await db.SaveChangesAsync();
            return round.Id;
        });

    public static Task RateHealthAsync(this CirculairFactory app, int roundId, RaterKey rater, params int[] scores) =>
        app.WithDbAsync(async db =>
        {
            var round = await db.HealthCheckRounds.Include(r => r.Ratings).ThenInclude(r => r.Scores).SingleAsync(r => r.Id == roundId);
            round.Rate(rater, rater.ToString(), All(scores), app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });

    public static Task CloseHealthRoundAsync(this CirculairFactory app, int roundId) =>
        app.WithDbAsync(async db =>
        {
            (await db.HealthCheckRounds.SingleAsync(r => r.Id == roundId)).Close(app.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
        });

    /// <summary>Creates an external invitation and returns its raw token.</summary>
    public static Task<string> InviteHealthRaterAsync(this CirculairFactory app, int roundId, string name = "Bert Buur", TimeSpan? sentAgo = null) =>
        app.WithDbAsync(async (db, _) =>
        {
            var round = await db.HealthCheckRounds.SingleAsync(r => r.Id == roundId);
            var (invitation, token) = HealthCheckInvitation.Create(round, name, Scenario.Unique("bert") + "@example.test", app.Clock.GetUtcNow().UtcDateTime - (sentAgo ?? TimeSpan.Zero));
            db.HealthCheckInvitations.Add(invitation);
            await db.SaveChangesAsync();
            return token;
        });

    public static Task<int> RatingCountAsync(this CirculairFactory app, int roundId) =>
        app.WithDbAsync((db, _) => db.HealthCheckRatings.CountAsync(r => r.HealthCheckRoundId == roundId));

    public static IReadOnlyList<BlockScore> All(int[] scores) => [.. BlockScore.Blocks.Select((b, i) => new BlockScore(b, scores[i], null))];

    /// <summary>Form values for the nine blocks (null leaves a block without a score), with optional notes by block index.</summary>
    public static Dictionary<string, string?> Scores(string prefix, int?[] scores, Dictionary<int, string>? notes = null)
    {
        var values = new Dictionary<string, string?>();
        for (var i = 0; i < scores.Length; i++)
        {
            values[$"{prefix}.Blocks[{i}].Score"] = scores[i]?.ToString(CultureInfo.InvariantCulture);
            values[$"{prefix}.Blocks[{i}].Note"] = notes is not null && notes.TryGetValue(i, out var note) ? note : "";
        }
        return values;
    }
}
