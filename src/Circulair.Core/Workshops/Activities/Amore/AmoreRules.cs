namespace Circulair.Workshops;

/// <summary>Tool 4 in the room: every participant rates the vision statement on the five AMORE criteria; nothing to prepare but the round.</summary>
public sealed class AmoreRules : IActivityRules
{
    public ActivityKind Kind => ActivityKind.Amore;

    public bool NeedsItems(WorkshopActivity activity) => false;

    public object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) => WorkshopAmore.From(responses);
}
