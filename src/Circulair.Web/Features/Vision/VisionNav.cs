namespace Circulair.Web.Features.Vision;

/// <summary>Model of the _VisionNav partial: which trajectory and which tab is current.</summary>
public sealed record VisionNav(int TrajectoryId, string TrajectoryTitle, string Tab);
