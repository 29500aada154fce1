namespace Circulair.Workshops;

/// <summary>
/// <i>Analogiedenken</i> (guide ch. 5, phase 2, techniques for ideas; issue 18 item 2): the prepared items are library
/// cases; round r shows the r-th case (after the last, the first again), and each participant writes up to
/// <see cref="WorkshopActivity.IdeasPerRound"/> ideas per case.
/// </summary>
public sealed class AnalogyRules : IActivityRules
{
    public ActivityKind Kind => ActivityKind.Analogiedenken;

    public bool HasRounds => true;

    /// <summary>The case the room looks at now, or null before the activity opened.</summary>
    public static WorkshopItem? CaseShown(WorkshopActivity activity)
    {
        var items = activity.OrderedItems();
        return items.Count == 0 || activity.Round < 1 ? null : items[(activity.Round - 1) % items.Count];
    }
}
