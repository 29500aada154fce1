using Circulair.Web.Features.Budget;
using Circulair.Web.Features.FollowUp;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Features.Governance;
using Circulair.Web.Features.HealthCheck;
using Circulair.Web.Features.Initiatives;
using Circulair.Web.Features.Library;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Pilots;
using Circulair.Web.Features.Scan;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Features.Trajectory;
using Circulair.Web.Features.Vision;
using Circulair.Web.Features.Workshops;

namespace Circulair.Web.Features.Dashboard;

/// <summary>
/// Everything "Waar staan we?" shows, read once per rendered dashboard by <see cref="DashboardFactsQuery"/>: each tool's
/// own facts (a record declared next to its <see cref="IProgressSource"/>, which turns them into cards without touching
/// the database), the trajectories that are not stopped with what their next step needs, and the goals' SMART state.
/// Every property has an empty default, so a test states only the facts its card reads.
/// </summary>
public sealed record DashboardFacts
{
    public string OrganisationSlug { get; init; } = "";

    public DateOnly Today { get; init; }

    /// <summary>The trajectories that are not stopped, the running one first, then the newest (the order <see cref="CurrentTrajectory"/> uses).</summary>
    public IReadOnlyList<TrajectoryFacts> Trajectories { get; init; } = [];

    /// <summary>The trajectory a dashboard entry opens when its tool lives per trajectory; null without one.</summary>
    public TrajectoryFacts? Current => Trajectories.Count > 0 ? Trajectories[0] : null;

    /// <summary>Every goal of the organisation (stopped trajectories included), with whether it meets all SMART elements.</summary>
    public IReadOnlyList<GoalFacts> Goals { get; init; } = [];

    public StakeholderProgress.Facts Stakeholders { get; init; } = new();
    public TrajectoryProgress.Facts LatestTrajectory { get; init; } = new();
    public VisionProgress.Facts Vision { get; init; } = new();
    public ScanProgress.Facts Scan { get; init; } = new();
    public InitiativeProgress.Facts Initiatives { get; init; } = new();
    public StrategyProgress.Facts Strategy { get; init; } = new();
    public WorkshopProgress.Facts Workshops { get; init; } = new();
    public PilotProgress.Facts Pilots { get; init; } = new();
    public FollowUpProgress.Facts FollowUp { get; init; } = new();
    public OwnersProgress.Facts Owners { get; init; } = new();
    public GovernanceProgress.Facts Governance { get; init; } = new();
    public BudgetProgress.Facts Budget { get; init; } = new();
    public MonitoringProgress.Facts Monitoring { get; init; } = new();
    public HealthCheckProgress.Facts HealthCheck { get; init; } = new();
    public LibraryProgress.Facts Library { get; init; } = new();
}
