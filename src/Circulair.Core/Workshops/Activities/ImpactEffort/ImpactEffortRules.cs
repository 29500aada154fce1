namespace Circulair.Workshops;

/// <summary>Tool 6 in the room: every participant scores impact and effort (1–5) of every action.</summary>
public sealed class ImpactEffortRules : IActivityRules
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public ActivityKind Kind => ActivityKind.ImpactEffort;

    public static bool IsScore(int value) => value is >= Lowest and <= Highest;

    public object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) => ImpactEffortRow.From(activity.OrderedItems(), responses);
}
