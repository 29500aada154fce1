namespace Circulair.Workshops;

/// <summary>A quick poll: options are prepared for single and multiple choice; scale, open answers and word clouds need none.</summary>
public sealed class PollRules : IActivityRules
{
    /// <summary>A word-cloud entry is one word of at most this many characters.</summary>
    public const int WordMaxLength = 40;

    public ActivityKind Kind => ActivityKind.Peiling;

    public bool NeedsItems(WorkshopActivity activity) => activity.PollType is PollType.EenKeuze or PollType.MeerKeuze;

    /// <summary>Whether a word-cloud entry can stand in the cloud: one word (no spaces), not too long.</summary>
    public static bool IsOneWord(string word) => word.Length <= WordMaxLength && !word.Contains(' ', StringComparison.Ordinal);

    public object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) => PollResults.From(activity.PollType, activity.OrderedItems(), responses);
}
