namespace Circulair.Workshops;

/// <summary>"Hoe kunnen we…": participants collect questions (at most <see cref="MaxQuestionsPerParticipant"/> each), then vote on them with dots.</summary>
public sealed class HowMightWeRules : IActivityRules
{
    /// <summary>Keeps one keen phone from flooding the vote that follows.</summary>
    public const int MaxQuestionsPerParticipant = 10;

    public ActivityKind Kind => ActivityKind.HoeKunnenWe;

    public bool NeedsItems(WorkshopActivity activity) => false;

    public bool UsesDots(WorkshopActivity activity) => activity.Phase == QuestionPhase.Stemmen;

    public static bool MayAsk(int askedBefore) => askedBefore < MaxQuestionsPerParticipant;

    /// <summary>Once the questions became items, the dots on them.</summary>
    public object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) =>
        activity.Items.Count > 0 ? DotResults.From(activity.OrderedItems(), responses) : null;
}
