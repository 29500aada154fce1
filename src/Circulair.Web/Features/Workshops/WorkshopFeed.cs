using Circulair.Persistence;
using Circulair.Web.Features.Workshops.Activities;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// When an activity closes, its kind hands the results to the strategy's receivers (<see cref="IActivityKind.FeedAsync"/>:
/// dot votes on domains become support evidence, on ideas and questions a ranking; ideas, questions and café notes go
/// to the ideas backlog with their lineage; impact/effort ratings go to Tool 6 per rater). Phase 2 receives them
/// (Features/Strategy/StrategyWorkshopServices.cs); the activity records what happened.
/// </summary>
public sealed class WorkshopFeed(CirculairDbContext db, ActivityKinds kinds, Text t, TimeProvider clock)
{
    public async Task RunAsync(Workshop workshop, WorkshopActivity activity, CancellationToken ct)
    {
        var people = await ParticipantDirectory.LoadAsync(db, workshop.Id, ct);
        var results = await ActivityResults.LoadAsync(db, activity, people, t, ct);
        var outcomes = await kinds.For(activity.Kind).FeedAsync(new ActivityFeed(db, workshop, activity, results, people, t), ct);
        if (outcomes.Count > 0)
        {
            activity.MarkFed(outcomes.Contains(FeedOutcome.KeptInWorkshop) ? FeedOutcome.KeptInWorkshop : FeedOutcome.Delivered, clock.GetUtcNow().UtcDateTime);
        }
    }
}
