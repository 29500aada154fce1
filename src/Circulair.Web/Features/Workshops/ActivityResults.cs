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
        var responses = await db.WorkshopResponses.Where(r => r.WorkshopActivityId == activity.Id).Select(Response).ToListAsync(ct);
        var ideas = await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == activity.Id)
            .OrderBy(i => i.Round).ThenBy(i => i.Sheet).ThenBy(i => i.Id)
            .Select(Idea).ToListAsync(ct);
        return Of(activity, [.. responses.Select(r => r.AsValue)], ideas, people, t);
    }

    /// <summary>
    /// The results of several activities of one workshop in two commands (their responses, their ideas), however many
    /// activities there are: the control room and the report show every opened activity (issue 20's SQL budget).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, ActivityResults>> LoadManyAsync(CirculairDbContext db, IReadOnlyCollection<WorkshopActivity> activities, ParticipantDirectory people, Text t, CancellationToken ct)
    {
        if (activities.Count == 0)
        {
            return new Dictionary<int, ActivityResults>();
        }
        var ids = activities.Select(a => a.Id).ToList();
        var responses = (await db.WorkshopResponses.Where(r => ids.Contains(r.WorkshopActivityId)).Select(Response).ToListAsync(ct))
            .ToLookup(r => r.ActivityId, r => r.AsValue);
        // The order of each activity's ideas is the database's, as when read one activity at a time (NULL sheets sort
        // first on SQLite and last on PostgreSQL); grouping in memory keeps it.
        var ideas = (await db.WorkshopIdeas.Where(i => ids.Contains(i.WorkshopActivityId))
            .OrderBy(i => i.Round).ThenBy(i => i.Sheet).ThenBy(i => i.Id)
            .Select(Idea).ToListAsync(ct))
            .ToLookup(i => i.ActivityId);
        return activities.ToDictionary(a => a.Id, a => Of(a, [.. responses[a.Id]], [.. ideas[a.Id]], people, t));
    }

    private static ActivityResults Of(WorkshopActivity activity, IReadOnlyList<ResponseValue> responses, IReadOnlyList<IdeaRow> ideas, ParticipantDirectory people, Text t)
    {
        var ideaViews = ideas.Select(i => new IdeaView(i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, people.NameOf(i.ParticipantId, t), i.CreatedAt, i.Review)).ToList();
        var respondents = responses.Select(r => r.ParticipantId).Concat(ideas.Where(i => i.ParticipantId is not null).Select(i => i.ParticipantId!.Value)).Distinct().Count();
        return new ActivityResults(activity, respondents, activity.Rules.Tally(activity, responses), ideaViews);
    }

    private static readonly System.Linq.Expressions.Expression<Func<WorkshopResponse, ResponseRow>> Response =
        r => new ResponseRow(r.WorkshopActivityId, r.ParticipantId, r.ItemKey, r.Slot, r.Value, r.Text);

    private static readonly System.Linq.Expressions.Expression<Func<WorkshopIdea, IdeaRow>> Idea =
        i => new IdeaRow(i.WorkshopActivityId, i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.ItemKey, i.BuildsOnIdeaId, i.ParticipantId, i.CreatedAt, i.Review);

    private sealed record ResponseRow(int ActivityId, int ParticipantId, int ItemKey, int Slot, int Value, string? Text)
    {
        public ResponseValue AsValue => new(ParticipantId, ItemKey, Slot, Value, Text);
    }

    private sealed record IdeaRow(int ActivityId, int Id, IdeaKind Kind, string Text, int Round, int? Sheet, int ItemKey, int? BuildsOnIdeaId, int? ParticipantId, DateTime CreatedAt, NoteReview? Review);
}
