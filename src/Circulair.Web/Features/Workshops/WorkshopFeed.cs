using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// When an activity closes, its results flow to the strategy's receivers: dot votes on domains become support,
/// on ideas and questions a ranking; ideas and questions go to the ideas backlog with their lineage;
/// impact/effort ratings go to Tool 6 per rater. (AMORE ratings are fed as they come in.) Phase 2 receives
/// them (Features/Strategy/StrategyWorkshopServices.cs); the activity records what happened.
/// </summary>
public sealed class WorkshopFeed(CirculairDbContext db, IIdeaSink ideas, IDomainSupportSink domains, IIdeaRankingSink ranking, IImpactEffortSink impactEffort, Text t, TimeProvider clock)
{
    public async Task RunAsync(Workshop workshop, WorkshopActivity activity, CancellationToken ct)
    {
        var people = await ParticipantDirectory.LoadAsync(db, workshop.Id, ct);
        var results = await ActivityResults.LoadAsync(db, activity, people, t, ct);
        var outcomes = new List<FeedOutcome>();
        if (results.Dots is { } dots)
        {
            var support = dots.Rows.Select(r => new ItemSupport(workshop.Id, activity.Id, r.Source, r.SourceKey, r.Text, r.Dots, r.Voters, r.Rank, dots.Participants)).ToList();
            var onDomains = support.Where(s => s.Kind == VotingItemKind.Domein).ToList();
            var onIdeas = support.Where(s => s.Kind is VotingItemKind.Idee or VotingItemKind.Vraag).ToList();
            if (onDomains.Count > 0)
            {
                outcomes.Add(await domains.ReceiveAsync(workshop.OrganisationId, onDomains, ct));
            }
            if (onIdeas.Count > 0)
            {
                outcomes.Add(await ranking.ReceiveAsync(workshop.OrganisationId, onIdeas, ct));
            }
        }
        var collected = results.Ideas.Where(i => i.Kind is IdeaKind.Idee or IdeaKind.Vraag).ToList();
        if (collected.Count > 0)
        {
            var dotsByQuestion = activity.Items.Where(i => i.Source == VotingItemKind.Vraag && i.SourceKey is not null)
                .ToDictionary(i => i.SourceKey!, i => results.Dots?.Rows.FirstOrDefault(r => r.ItemId == i.Id)?.Dots ?? 0);
            var records = collected.Select(i => new WorkshopIdeaRecord(workshop.Id, activity.Id, i.Id, i.Kind, i.Text, i.Round, i.Sheet, i.BuildsOnId, i.Author, i.CreatedAt,
                dotsByQuestion.GetValueOrDefault(i.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
            outcomes.Add(await ideas.ReceiveAsync(workshop.OrganisationId, records, ct));
        }
        if (activity.Kind == ActivityKind.ImpactEffort)
        {
            var raw = await db.WorkshopResponses.Where(r => r.WorkshopActivityId == activity.Id).ToListAsync(ct);
            var ratings = raw.GroupBy(r => (r.ParticipantId, r.ItemKey))
                .Select(g => (g.Key, Impact: g.FirstOrDefault(r => r.Slot == ImpactEffortRow.ImpactSlot), Effort: g.FirstOrDefault(r => r.Slot == ImpactEffortRow.EffortSlot)))
                .Where(x => x.Impact is not null && x.Effort is not null)
                .Select(x =>
                {
                    var item = activity.Items.First(i => i.Id == x.Key.ItemKey);
                    return new ImpactEffortRating(workshop.Id, activity.Id, item.SourceKey, item.Text, x.Key.ParticipantId, people.NameOf(x.Key.ParticipantId, t), x.Impact!.Value, x.Effort!.Value, x.Effort.At);
                })
                .ToList();
            if (ratings.Count > 0)
            {
                outcomes.Add(await impactEffort.ReceiveAsync(workshop.OrganisationId, ratings, ct));
            }
        }
        if (outcomes.Count > 0)
        {
            activity.MarkFed(outcomes.Contains(FeedOutcome.KeptInWorkshop) ? FeedOutcome.KeptInWorkshop : FeedOutcome.Delivered, clock.GetUtcNow().UtcDateTime);
        }
    }
}
