using Circulair.HealthCheck;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>A round with its results, as lists, the comparison and the dashboard show it.</summary>
public sealed record HealthCheckRoundRow(int Id, string Title, DateTime OpenedAt, DateTime? ClosedAt, HealthCheckResults Results)
{
    public bool IsOpen => ClosedAt is null;

    public static string IndexUrl(string org) => $"/o/{org}/health-check";

    public static string Url(string org, int roundId, string rest = "") => $"/o/{org}/health-check/{roundId}{rest}";

    /// <summary>Every round of the organisation, oldest first, with the scores needed for their results.</summary>
    public static async Task<List<HealthCheckRoundRow>> ForOrganisationAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var rounds = await db.HealthCheckRounds.InOrganisation(organisationId)
            .OrderBy(r => r.OpenedAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Title,
                r.OpenedAt,
                r.ClosedAt,
                Ratings = r.Ratings.Select(x => new { x.RaterName, x.Kind, Scores = x.Scores.Select(s => new { s.Block, s.Score, s.Note }).ToList() }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);
        return [.. rounds.Select(r => new HealthCheckRoundRow(r.Id, r.Title, r.OpenedAt, r.ClosedAt,
            HealthCheckResults.From(r.Ratings.Select(x => new HealthCheckResults.Entry(x.RaterName, x.Kind, [.. x.Scores.Select(s => new BlockScore(s.Block, s.Score, s.Note))])))))];
    }
}
