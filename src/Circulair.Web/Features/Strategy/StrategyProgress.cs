using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.Strategy;

/// <summary>
/// Phase 2 on "Waar staan we?": the domains tested with stakeholders, the SMART goals, the idea backlog, and Tools 6
/// (actions scored), 7 (action sheets started) and 8 (the action table). The counts are the organisation's, over all
/// its trajectories; the goals' SMART state comes with <see cref="DashboardFacts.Goals"/>.
/// </summary>
public sealed class StrategyProgress : IProgressSource
{
    /// <summary>Domains retained or dropped, ideas and those promoted to an action, actions, actions scored and with a sheet started.</summary>
    public sealed record Facts
    {
        public int Retained { get; init; }
        public int Dropped { get; init; }
        public int Ideas { get; init; }
        public int Promoted { get; init; }
        public int Actions { get; init; }
        public int Rated { get; init; }
        public int Sheets { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        // Each entry opens its own page in the current trajectory (issue 21); without a trajectory, the strategy's start.
        var overview = $"/o/{facts.OrganisationSlug}/strategy";
        var at = facts.Current is { } t ? $"/o/{facts.OrganisationSlug}/trajectories/{t.Id}" : null;
        string Url(string path) => at is null ? overview : at + path;
        var s = facts.Strategy;
        var goals = facts.Goals.Count;
        var smart = facts.Goals.Count(g => g.MeetsSmart);
        return
        [
            new ToolProgress(Phase.Fase2, 1, "Strategy.Progress.Domains", s.Retained + s.Dropped > 0,
                s.Retained + s.Dropped > 0 ? "Strategy.Progress.DomainsSummary" : "Strategy.Progress.DomainsEmpty", [s.Retained, s.Dropped], Url("/domains")),
            new ToolProgress(Phase.Fase2, 2, "Strategy.Progress.Goals", goals > 0,
                goals > 0 ? "Strategy.Progress.GoalsSummary" : "Strategy.Progress.GoalsEmpty", [goals, smart], Url("/strategy")),
            new ToolProgress(Phase.Fase2, 5, "Strategy.Progress.Ideas", s.Ideas > 0,
                s.Ideas > 0 ? "Strategy.Progress.IdeasSummary" : "Strategy.Progress.IdeasEmpty", [s.Ideas, s.Promoted], Url("/ideas")),
            new ToolProgress(Phase.Fase2, 6, "Strategy.Progress.Tool6", s.Rated > 0,
                s.Actions > 0 ? "Strategy.Progress.Tool6Summary" : "Strategy.Progress.NoActions", [s.Rated, s.Actions], Url("/matrix")),
            new ToolProgress(Phase.Fase2, 7, "Strategy.Progress.Tool7", s.Sheets > 0,
                s.Actions > 0 ? "Strategy.Progress.Tool7Summary" : "Strategy.Progress.NoActions", [s.Sheets, s.Actions],
                Url(facts.Current?.FirstSheetActionId is { } first ? $"/actions/{first}/sheet" : "/actions/new")),
            new ToolProgress(Phase.Fase2, 8, "Strategy.Progress.Tool8", s.Actions > 0,
                s.Actions > 0 ? "Strategy.Progress.Tool8Summary" : "Strategy.Progress.NoActions", [s.Actions], Url("/table")),
        ];
    }
}
