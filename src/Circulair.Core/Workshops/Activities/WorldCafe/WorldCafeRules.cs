namespace Circulair.Workshops;

/// <summary>World café: tables (items) with a host who stays and types the notes; the guests move on each round.</summary>
public sealed class WorldCafeRules : IActivityRules
{
    public ActivityKind Kind => ActivityKind.WorldCafe;

    public bool HasRounds => true;
}
