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
        return
        [
            new ToolProgress(Phase.Pilot, 1, "Pilots.Progress.Pilots", steps.Count > 0,
                steps.Count == 0 ? "Pilots.Progress.NoPilots" : "Pilots.Progress.PilotsSummary", [steps.Count, furthest], url),
            new ToolProgress(Phase.Pilot, 14, "Pilots.Progress.Tests", results.Count > 0,
                results.Count == 0 ? "Pilots.Progress.NoTests" : "Pilots.Progress.TestsSummary",
                [results.Count, results.Count(r => r == LearningResult.Gevalideerd), results.Count(r => r == LearningResult.NietGevalideerd), results.Count(r => r == LearningResult.Onduidelijk)], url),
        ];
    }
}
