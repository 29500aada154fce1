namespace Circulair.Workshops;

/// <summary>Dot voting (guide ch. 5, phase 2: choosing): N dots each, at most M on one item (<see cref="DotBudget"/>).</summary>
public sealed class DotVoteRules : IActivityRules
{
    public ActivityKind Kind => ActivityKind.Stippenstemming;

    public bool UsesDots(WorkshopActivity activity) => true;

    public object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) => DotResults.From(activity.OrderedItems(), responses);
}
