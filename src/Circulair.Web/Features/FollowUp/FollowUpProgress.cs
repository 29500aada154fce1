using Circulair.Progress;
using Circulair.Web.Features.Dashboard;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// Phase 3 on "Waar staan we?": whether the strategy was formally adopted, and the follow-up of the actions (how many
/// have an update, how many are late or waiting for an update), each leading to the page where the work is done.
/// </summary>
public sealed class FollowUpProgress : IProgressSource
{
    /// <summary>
    /// Political decisions, the latest adoption, and the actions of every trajectory: all of them, those with an update,
    /// those late and those stale (<see cref="Circulair.FollowUp.FollowUpRules"/>; late counted in the query, updated and stale from one row per action).
    /// </summary>
    public sealed record Facts
    {
        public int Decisions { get; init; }
        public DateOnly? AdoptedOn { get; init; }
        public int Actions { get; init; }
        public int Updated { get; init; }
        public int Late { get; init; }
        public int Stale { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        // Adoption opens the political decisions, the follow-up the actions' progress, both in the current trajectory (issue 21).
        var url = $"/o/{facts.OrganisationSlug}/followup";
        var at = facts.Current is { } t ? $"/o/{facts.OrganisationSlug}/trajectories/{t.Id}" : null;
        var f = facts.FollowUp;
        var adoptionSummary = f.AdoptedOn is not null ? "FollowUp.Progress.AdoptedSummary" : f.Decisions > 0 ? "FollowUp.Progress.NotAdoptedSummary" : "FollowUp.Progress.AdoptionEmpty";
        return
        [
            new ToolProgress(Phase.Fase3, 1, "FollowUp.Progress.Adoption", f.AdoptedOn is not null, adoptionSummary,
                [f.AdoptedOn is { } d ? Strategy.StrategyLabels.Date(d) : "", f.Decisions], at is null ? url : at + "/decisions"),
            new ToolProgress(Phase.Fase3, 2, "FollowUp.Progress.Actions", f.Updated > 0,
                f.Actions == 0 ? "FollowUp.Progress.NoActions" : f.Updated == 0 ? "FollowUp.Progress.NoUpdates" : "FollowUp.Progress.ActionsSummary",
                [f.Updated, f.Actions, f.Late, f.Stale], at is null ? url : at + "/followup"),
        ];
    }
}
