namespace Circulair.Pilots;

/// <summary>What the test card form sets (Tool 13 Testkaart).</summary>
public sealed record TestCardDetails
{
    public string Name { get; init; } = "";
    public string? Owner { get; init; }
    public string? Duration { get; init; }
    public DateOnly? Deadline { get; init; }
    public string Hypothesis { get; init; } = "";
    public TestLevel Criticality { get; init; } = TestLevel.Gemiddeld;
    public string? Test { get; init; }
    public TestLevel Cost { get; init; } = TestLevel.Gemiddeld;
    public TestLevel Reliability { get; init; } = TestLevel.Gemiddeld;
    public string? Metric { get; init; }
    public TestLevel TimeNeeded { get; init; } = TestLevel.Gemiddeld;
    public string? Criterion { get; init; }
}
