using Circulair.Persistence;
using Circulair.Vision;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>A round with its version and results, as lists and comparisons show it.</summary>
public sealed record RoundSummary(int Id, string Title, int VersionId, int VersionNumber, string VersionLabel, DateTime OpenedAt, DateTime? ClosedAt, AmoreResults Results)
{
    public bool IsOpen => ClosedAt is null;

    /// <summary>Every round of a trajectory, oldest first, with the scores needed for their results.</summary>
    public static async Task<List<RoundSummary>> ForTrajectoryAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        var rounds = await db.AmoreRounds.InOrganisation(organisationId)
            .Where(r => r.TrajectoryId == trajectoryId)
            .OrderBy(r => r.VisionVersion.Number).ThenBy(r => r.OpenedAt).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.Id,
                r.Title,
                r.VisionVersionId,
                r.VisionVersion.Number,
                r.VisionVersion.Label,
                r.OpenedAt,
                r.ClosedAt,
                Ratings = r.Ratings.Select(x => new { x.Ambitieus, x.Motiverend, x.Onderscheidend, x.Relevant, x.Echt, x.Comment, x.RaterName, x.Kind }).ToList(),
            })
            .ToListAsync(ct);
        return [.. rounds.Select(r => new RoundSummary(r.Id, r.Title, r.VisionVersionId, r.Number, r.Label, r.OpenedAt, r.ClosedAt,
            AmoreResults.From(r.Ratings.Select(x => new AmoreResults.Entry(new AmoreScores(x.Ambitieus, x.Motiverend, x.Onderscheidend, x.Relevant, x.Echt), x.Comment, x.RaterName, x.Kind)))))];
    }
}
