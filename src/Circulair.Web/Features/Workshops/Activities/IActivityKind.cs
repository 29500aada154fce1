using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// One activity kind as the web sees it, in one folder under Features/Workshops/Activities (docs/decisions/0195):
/// what its phone page shows and accepts, its projector and results views (<c>_Phone</c>, <c>_Projector</c>,
/// <c>_Results</c> in <see cref="Folder"/>), and where its results go in the strategy when it closes. Its rules
/// are in Core (<see cref="IActivityRules"/>). Every implementation in this assembly is registered by
/// <see cref="WorkshopServices"/>, so a new kind touches no other kind.
/// </summary>
public interface IActivityKind
{
    ActivityKind Kind { get; }

    /// <summary>The folder under Features/Workshops/Activities that holds the kind's views.</summary>
    string Folder { get; }

    /// <summary>What the participant's phone shows while the activity is open (their earlier answers, their sheet, their table).</summary>
    Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct);

    /// <summary>
    /// Checks and stores what the phone sent (<see cref="PhoneContext.Form"/>). Refused input adds its messages to
    /// <see cref="PhoneContext.ModelState"/> and comes back with the typed answers kept; nothing is stored then.
    /// </summary>
    Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct);

    /// <summary>
    /// The kind has controls of its own in the control room (<c>_Controls</c> in <see cref="Folder"/>, model
    /// <see cref="ActivityControls"/>), shown below the controls every activity has (open, close, results, timer).
    /// </summary>
    bool HasControls => false;

    /// <summary>Hands the results to the strategy when the activity closes; one outcome per receiver that was asked.</summary>
    Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct) => Task.FromResult<IReadOnlyList<FeedOutcome>>([]);
}

/// <summary>What a kind's <c>_Controls</c> partial gets: the activity, the control room's address (handlers are posted
/// to it) and the activity's results so far, when there are any.</summary>
public sealed record ActivityControls(WorkshopActivity Activity, string Url, ActivityResults? Results);
