namespace Circulair.Pilots;

/// <summary>The columns of the progress board (Tool 14 Progress Score Board): a test card moves from left to right.</summary>
public enum TestStage
{
    Backlog = 1,
    Build = 2,
    Measure = 3,
    Learn = 4,
}
