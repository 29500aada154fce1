using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Pilots;

/// <summary>
/// The "Pilootprojecten" card of "Waar staan we?": how many pilots there are and how far the furthest one got, and the
/// test cards on their boards with how many were validated.
/// </summary>
public sealed class PilotProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var url = $"/o/{organisationSlug}/pilots";
        var steps = await db.Pilots.InOrganisation(organisationId).Select(p => p.Step).ToListAsync(ct);
        var results = await db.PilotTestCards.InOrganisation(organisationId).Select(c => c.Result).ToListAsync(ct);
        var furthest = steps.Count == 0 ? 0 : (int)steps.Max();
        // The test cards' entry opens a board (the newest pilot's) so that it leads somewhere other than the pilot list;
        // without a pilot there is no board yet, so it explains Tool 14 (a page every role, a Lezer too, may open).
        var newest = await db.Pilots.InOrganisation(organisationId).OrderByDescending(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        var boardUrl = newest is { } id ? $"{url}/{id}/tests" : "/help/tool-14";
        return
        [
            new ToolProgress(Phase.Pilot, 1, "Pilots.Progress.Pilots", steps.Count > 0,
                steps.Count == 0 ? "Pilots.Progress.NoPilots" : "Pilots.Progress.PilotsSummary", [steps.Count, furthest], url),
            new ToolProgress(Phase.Pilot, 14, "Pilots.Progress.Tests", results.Count > 0,
                results.Count == 0 ? "Pilots.Progress.NoTests" : "Pilots.Progress.TestsSummary",
                [results.Count, results.Count(r => r == LearningResult.Gevalideerd), results.Count(r => r == LearningResult.NietGevalideerd), results.Count(r => r == LearningResult.Onduidelijk)], boardUrl),
        ];
    }
}
