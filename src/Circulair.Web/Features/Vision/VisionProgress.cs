using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Vision;
using Circulair.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Vision;

/// <summary>Tools 3 (vision canvas) and 4 (AMORE check) on "Waar staan we?", Phase 1.</summary>
public sealed class VisionProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        // Each tool opens its own page in the current trajectory (issue 21); without a trajectory, the vision's start.
        var url = $"/o/{organisationSlug}/vision";
        var current = await CurrentTrajectory.IdAsync(db, organisationId, ct);
        var canvas = current is { } t ? $"/o/{organisationSlug}/trajectories/{t}/vision" : url;
        var versions = await db.VisionVersions.InOrganisation(organisationId).CountAsync(ct);
        var statements = await db.VisionCanvases.InOrganisation(organisationId).CountAsync(c => c.Statement != null, ct);
        var canvasContent = statements > 0 || await db.VisionNotes.InOrganisation(organisationId).AnyAsync(ct)
            || await db.VisionCanvases.InOrganisation(organisationId).AnyAsync(c => c.Why != null || c.Results != null || c.AlreadyHappening != null, ct);
        var rounds = await db.AmoreRounds.InOrganisation(organisationId).CountAsync(ct);
        var ratings = await db.AmoreRatings.InOrganisation(organisationId).CountAsync(ct);
        return
        [
            new ToolProgress(Phase.Fase1, 3, "Vision.Tool3.Name", canvasContent || versions > 0,
                versions > 0 ? "Vision.Tool3.Summary" : canvasContent ? "Vision.Tool3.SummaryDraft" : "Vision.Tool3.SummaryEmpty", [versions], canvas),
            new ToolProgress(Phase.Fase1, 4, "Vision.Tool4.Name", ratings > 0,
                rounds > 0 ? "Vision.Tool4.Summary" : "Vision.Tool4.SummaryEmpty", [rounds, ratings], current is null ? url : canvas + "/amore"),
        ];
    }
}
