using Circulair.Guidance;
using Circulair.Persistence;
using Circulair.Trajectory;

namespace Circulair.Web.Features.Dashboard;

/// <summary>One skipped step as the dashboard lists it, with who skipped it and when.</summary>
public sealed record SkippedStepRow(int Id, int TrajectoryId, string StepKey, string Reason, string? SkippedByName, DateTime SkippedAt);

/// <summary>
/// The next step of one trajectory, or of the organisation when it has no trajectory yet (<see cref="TrajectoryId"/>
/// null: the step is then always to plan one). <see cref="Step"/> is null when every step is taken or skipped.
/// </summary>
public sealed record TrajectoryNextStep(int? TrajectoryId, string? Title, TrajectoryStatus? Status, NextStep? Step, string? Url, IReadOnlyList<SkippedStepRow> Skipped);

/// <summary>
/// Fills the <see cref="TrajectorySnapshot"/> of every trajectory of an organisation from the dashboard's facts
/// (<see cref="DashboardFactsQuery"/>: the organisation's counts, one row per trajectory with its counts and skipped
/// steps, the goals with their SMART state) and asks <see cref="NextStepRules"/> for each trajectory's next step.
/// Stopped trajectories are left out.
/// </summary>
public static class NextSteps
{
    /// <summary>The next steps alone (the next-step page): the three queries they need, not the whole dashboard's.</summary>
    public static async Task<IReadOnlyList<TrajectoryNextStep>> LoadAsync(CirculairDbContext db, int organisationId, string organisationSlug, TimeProvider clock, CancellationToken ct) =>
        From(await DashboardFactsQuery.LoadNextStepFactsAsync(db, organisationId, organisationSlug, clock, ct));

    public static IReadOnlyList<TrajectoryNextStep> From(DashboardFacts facts)
    {
        var organisationWide = new TrajectorySnapshot
        {
            Stakeholders = facts.Stakeholders.Total,
            UnratedStakeholders = facts.Stakeholders.Unrated,
            ScanDatasetsWithData = facts.Scan.DatasetsWithData,
        };
        if (facts.Trajectories.Count == 0)
        {
            var start = NextStepRules.For(organisationWide);
            return [new TrajectoryNextStep(null, null, null, start, start is null ? null : Url(facts.OrganisationSlug, null, start), [])];
        }
        return [.. facts.Trajectories.Select(t =>
        {
            var own = facts.Goals.Where(g => g.TrajectoryId == t.Id).ToList();
            var failing = own.Where(g => !g.MeetsSmart).ToList();
            var snapshot = organisationWide with
            {
                CoreTeamSessionPlanned = t.CoreTeamPlanned,
                CoreTeamSessionId = t.CoreTeamSessionId,
                HasVisionStatement = t.HasVisionStatement,
                AmoreRounds = t.AmoreRounds,
                ShortlistedWithoutSupport = t.ShortlistOpen,
                Goals = own.Count,
                GoalsFailingSmart = failing.Count,
                FirstGoalFailingSmartId = failing.Count > 0 ? failing[0].Id : null,
                Actions = t.OpenActions,
                ActionsWithoutTrekker = t.WithoutTrekker,
                FirstActionWithoutTrekkerId = t.FirstWithoutTrekker,
                ActionsWithoutScores = t.WithoutScores,
                FirstActionWithoutScoresId = t.FirstWithoutScores,
                IsAdopted = t.Adopted,
            };
            var step = NextStepRules.For(snapshot, t.Skipped.Select(s => s.StepKey).ToHashSet(StringComparer.Ordinal));
            return new TrajectoryNextStep(t.Id, t.Title, t.Status, step, step is null ? null : Url(facts.OrganisationSlug, t.Id, step), t.Skipped);
        })];
    }

    /// <summary>The page that takes <paramref name="step"/>: the exact tool page, with the item to open where there is one.</summary>
    public static string Url(string organisationSlug, int? trajectoryId, NextStep step)
    {
        var org = $"/o/{organisationSlug}";
        if (trajectoryId is not { } id)
        {
            // Without a trajectory the first rule always speaks: plan a trajectory, whose plan brings the core-team session.
            return $"{org}/trajectories/new";
        }
        var trajectory = $"{org}/trajectories/{id}";
        return step.Target switch
        {
            StepTarget.CoreTeamSession => step.ItemId is { } session ? $"{trajectory}/sessions/{session}/edit" : $"{trajectory}/sessions/new?kind={SessionKind.Kernteam}",
            StepTarget.StakeholderLonglist => $"{org}/stakeholders/longlist",
            StepTarget.StakeholderGrid => $"{org}/stakeholders/grid",
            StepTarget.VisionCanvas => $"{trajectory}/vision",
            StepTarget.AmoreCheck => $"{trajectory}/vision/amore",
            StepTarget.ScanImport => $"{org}/scan/import",
            StepTarget.StrategyDomains => $"{trajectory}/domains",
            StepTarget.StrategyTree => $"{trajectory}/strategy",
            StepTarget.GoalEdit => $"{trajectory}/goals/{step.ItemId}/edit",
            StepTarget.ActionNew => $"{trajectory}/actions/new",
            StepTarget.ActionEdit => $"{trajectory}/actions/{step.ItemId}/edit",
            StepTarget.ActionRate => $"{trajectory}/actions/{step.ItemId}/rate",
            StepTarget.FollowUp => $"{trajectory}/followup",
            _ => trajectory,
        };
    }
}
