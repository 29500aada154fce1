using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.Vision;

/// <summary>Tools 3 (vision canvas) and 4 (AMORE check) on "Waar staan we?", Phase 1.</summary>
public sealed class VisionProgress : IProgressSource
{
    /// <summary>Saved vision versions; whether any canvas has a statement, other text or notes; AMORE rounds and ratings.</summary>
    public sealed record Facts
    {
        public int Versions { get; init; }
        public bool CanvasContent { get; init; }
        public int AmoreRounds { get; init; }
        public int AmoreRatings { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        // Each tool opens its own page in the current trajectory (issue 21); without a trajectory, the vision's start.
        var url = $"/o/{facts.OrganisationSlug}/vision";
        var canvas = facts.Current is { } t ? $"/o/{facts.OrganisationSlug}/trajectories/{t.Id}/vision" : url;
        var v = facts.Vision;
        return
        [
            new ToolProgress(Phase.Fase1, 3, "Vision.Tool3.Name", v.CanvasContent || v.Versions > 0,
                v.Versions > 0 ? "Vision.Tool3.Summary" : v.CanvasContent ? "Vision.Tool3.SummaryDraft" : "Vision.Tool3.SummaryEmpty", [v.Versions], canvas),
            new ToolProgress(Phase.Fase1, 4, "Vision.Tool4.Name", v.AmoreRatings > 0,
                v.AmoreRounds > 0 ? "Vision.Tool4.Summary" : "Vision.Tool4.SummaryEmpty", [v.AmoreRounds, v.AmoreRatings], facts.Current is null ? url : canvas + "/amore"),
        ];
    }
}
