namespace Circulair.Web.Features.Dashboard;

/// <summary>A goal as the dashboard counts it: whose trajectory, and whether it meets every SMART element (Core's checklist).</summary>
public sealed record GoalFacts(int Id, int TrajectoryId, bool MeetsSmart);
