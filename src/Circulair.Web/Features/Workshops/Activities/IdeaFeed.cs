using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>Ideas, questions and notes of a closed activity as the ideas backlog takes them, with their lineage.</summary>
public static class IdeaFeed
{
    public static IReadOnlyList<WorkshopIdeaRecord> Records(ActivityFeed feed, IdeaKind kind, Func<IdeaView, int>? dots = null) =>
        [.. feed.Results.Ideas.Where(i => i.Kind == kind)
            .Select(i => new WorkshopIdeaRecord(feed.Workshop.Id, feed.Activity.Id, i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.BuildsOnId, i.Author, i.CreatedAt, dots?.Invoke(i) ?? 0))];
}
