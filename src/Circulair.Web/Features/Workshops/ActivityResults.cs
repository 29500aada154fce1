using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>An idea, question or note as screens and the report show it.</summary>
/// <param name="Review">A note collected for a canvas: what the team decided (null: not yet, or not such a note).</param>
public sealed record IdeaView(int Id, IdeaKind Kind, string Text, int Round, int? Sheet, int ItemKey, int? BuildsOnId, string Author, DateTime CreatedAt, NoteReview? Review = null);

/// <summary>
/// Everything an activity produced, computed from what participants stored. One shape for the control room,
/// the projector and the report, so they can never disagree.
/// </summary>
/// <param name="Detail">What the activity's kind tallied (<see cref="IActivityRules.Tally"/>): a kind's own result type.</param>
public sealed record ActivityResults(
    WorkshopActivity Activity,
    int Respondents,
    object? Detail,
    IReadOnlyList<IdeaView> Ideas)
{
    public DotResults? Dots => Detail as DotResults;
    public PollResults? Poll => Detail as PollResults;
    public AmoreResults? Amore => Detail as AmoreResults;
    public IReadOnlyList<ImpactEffortRow>? ImpactEffort => Detail as IReadOnlyList<ImpactEffortRow>;

    /// <summary>The kind's own result, for a kind whose type the shared views do not know.</summary>
    public T? DetailAs<T>() where T : class => Detail as T;

    public static async Task<ActivityResults> LoadAsync(CirculairDbContext db, WorkshopActivity activity, ParticipantDirectory people, Text t, CancellationToken ct)
    {
        var responses = await db.WorkshopResponses.Where(r => r.WorkshopActivityId == activity.Id)
            .Select(r => new ResponseValue(r.ParticipantId, r.ItemKey, r.Slot, r.Value, r.Text))
            .ToListAsync(ct);
        var ideas = await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == activity.Id)
            .OrderBy(i => i.Round).ThenBy(i => i.Sheet).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, i.ParticipantId, i.CreatedAt, i.Review })
            .ToListAsync(ct);
        var ideaViews = ideas.Select(i => new IdeaView(i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, people.NameOf(i.ParticipantId, t), i.CreatedAt, i.Review)).ToList();
        var respondents = responses.Select(r => r.ParticipantId).Concat(ideas.Where(i => i.ParticipantId is not null).Select(i => i.ParticipantId!.Value)).Distinct().Count();
        return new ActivityResults(activity, respondents, activity.Rules.Tally(activity, responses), ideaViews);
    }
}
