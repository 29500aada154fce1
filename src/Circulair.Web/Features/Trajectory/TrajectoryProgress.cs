using Circulair.Progress;
using Circulair.Trajectory;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Trajectory;

/// <summary>
/// The trajectory plan on "Waar staan we?". It sits at the very start of phase 1 (order 0, before tool 1):
/// the guide has the core team plan the trajectory in its preparatory session, before the stakeholders are
/// mapped, and the plan is what the other tools of every phase hang on. It has content once a trajectory
/// exists; the summary names the current one (the running one, else the newest, a stopped one too) with how many of its
/// sessions have minutes or decisions.
/// </summary>
public sealed class TrajectoryProgress(Text t) : IProgressSource
{
    /// <summary>The running trajectory, else the newest, stopped ones included (<see cref="Id"/> null without any).</summary>
    public sealed record Facts
    {
        public int? Id { get; init; }
        public string? Title { get; init; }
        public TrajectoryStatus? Status { get; init; }
        public int Sessions { get; init; }
        public int Held { get; init; }
    }

    public IReadOnlyList<ToolProgress> For(DashboardFacts facts)
    {
        var current = facts.LatestTrajectory;
        var url = $"/o/{facts.OrganisationSlug}/trajectories";
        var tool = current.Id is not { } id
            ? new ToolProgress(Phase.Fase1, 0, "Trajectory.Tool.Name", false, "Trajectory.Tool.Empty", [], url)
            : new ToolProgress(Phase.Fase1, 0, "Trajectory.Tool.Name", true, Counted.KeyFor("Trajectory.Tool.Summary", current.Held),
                [current.Held, current.Title ?? "", t.Enum(current.Status.GetValueOrDefault(TrajectoryStatus.InVoorbereiding)), current.Sessions], $"{url}/{id}");
        return [tool];
    }
}
