namespace Circulair.Workshops;

/// <summary>
/// The rules of one activity kind that the workshop itself needs: whether items must exist before it opens, whether
/// participants spread dots, whether it runs in rounds, and what opening it prepares. Each kind has one class in its
/// own folder under Activities/ (docs/decisions/0195); <see cref="ActivityRules"/> finds them, so a new kind is a new
/// folder and a new <see cref="ActivityKind"/> value, without touching the other kinds.
/// </summary>
public interface IActivityRules
{
    ActivityKind Kind { get; }

    /// <summary>Whether items must be prepared before opening (participants make them in brainwriting, questions, open polls).</summary>
    bool NeedsItems(WorkshopActivity activity) => true;

    /// <summary>Whether participants vote with dots in the activity as it stands.</summary>
    bool UsesDots(WorkshopActivity activity) => false;

    /// <summary>Whether the facilitator moves the activity on in rounds ("Volgende ronde").</summary>
    bool HasRounds => false;

    /// <summary>Called each time the activity opens, with the participants present at that moment.</summary>
    void Opening(WorkshopActivity activity, int participantCount)
    {
    }

    /// <summary>
    /// The activity's results computed from what participants stored (a <see cref="DotResults"/>, a <see cref="PollResults"/>…),
    /// or null when its input is ideas or notes only. One computation for the control room, the projector and the report.
    /// </summary>
    object? Tally(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses) => null;
}
