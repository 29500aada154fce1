using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.HealthCheck;

/// <summary>Phase 3 on "Waar staan we?": the transition health check, naming the latest round, its date and how many rated it.</summary>
public sealed class HealthCheckProgress : IProgressSource
{
    /// <summary>The latest round (<see cref="LatestTitle"/> null without one) with its raters; all rounds; whether anyone rated.</summary>
    public sealed record Facts
    {
        public string? LatestTitle { get; init; }
        public DateTime? LatestOpenedAt { get; init; }
        public int LatestRaters { get; init; }
        public int Rounds { get; init; }
        public bool HasRatings { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var h = facts.HealthCheck;
        return
        [
            new ToolProgress(Phase.Fase3, 5, "HealthCheck.Progress.Name", h.HasRatings,
                h.LatestTitle is null ? "HealthCheck.Progress.Empty" : "HealthCheck.Progress.Summary",
                h.LatestTitle is null ? [] : [h.LatestTitle, LocalTime.ShowDate(h.LatestOpenedAt.GetValueOrDefault()), Counted.Of("HealthCheck.Progress.Raters", h.LatestRaters), Counted.Of("HealthCheck.Progress.Rounds", h.Rounds)],
                HealthCheckRoundRow.IndexUrl(facts.OrganisationSlug)),
        ];
    }
}
