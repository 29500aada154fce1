namespace Circulair.Pilots;

/// <summary>What the pilot form sets.</summary>
public sealed record PilotDetails
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public string? TypicalPartners { get; init; }
    public string? PersonaSketch { get; init; }
    public string? ValueSketch { get; init; }
    public string? ProgressDefinition { get; init; }
}
