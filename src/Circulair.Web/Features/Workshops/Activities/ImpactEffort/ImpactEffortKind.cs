using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// Impact/effort (Tool 6) in the room: each participant scores both for every action. When it closes, each
/// participant's scores go to Tool 6 as one rater per action (decision 0211).
/// </summary>
public sealed class ImpactEffortKind(IImpactEffortSink impactEffort) : IActivityKind
{
    public ActivityKind Kind => ActivityKind.ImpactEffort;

    public string Folder => "ImpactEffort";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct)
    {
        var mine = await phone.MyResponsesAsync(ct);
        return new ImpactEffortPhone(phone, mine.Where(r => r.ItemKey != 0).GroupBy(r => r.ItemKey).ToDictionary(g => g.Key,
            g => (g.FirstOrDefault(r => r.Slot == ImpactEffortRow.ImpactSlot)?.Value ?? 0, g.FirstOrDefault(r => r.Slot == ImpactEffortRow.EffortSlot)?.Value ?? 0)));
    }

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var impact = phone.Numbers("impact");
        var effort = phone.Numbers("effort");
        var values = new List<PhoneValue>();
        foreach (var item in phone.Activity.OrderedItems())
        {
            var i = impact?.GetValueOrDefault(item.Id) ?? 0;
            var e = effort?.GetValueOrDefault(item.Id) ?? 0;
            if (!ImpactEffortRules.IsScore(i) || !ImpactEffortRules.IsScore(e))
            {
                phone.ModelState.AddModelError($"Score_{item.Id}", phone.T["Workshops.Participate.ScoreBoth", item.Text]);
                continue;
            }
            values.Add(new PhoneValue(item.Id, ImpactEffortRow.ImpactSlot, i, null));
            values.Add(new PhoneValue(item.Id, ImpactEffortRow.EffortSlot, e, null));
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(new ImpactEffortPhone(phone, phone.Activity.Items.ToDictionary(x => x.Id, x => (impact?.GetValueOrDefault(x.Id) ?? 0, effort?.GetValueOrDefault(x.Id) ?? 0))));
        }
        await phone.SaveResponsesAsync(values, ct);
        return PhoneAnswer.Saved("Workshops.Participate.ScoresSaved");
    }

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var activity = feed.Activity;
        var raw = await feed.Db.WorkshopResponses.Where(r => r.WorkshopActivityId == activity.Id).ToListAsync(ct);
        var ratings = raw.GroupBy(r => (r.ParticipantId, r.ItemKey))
            .Select(g => (g.Key, Impact: g.FirstOrDefault(r => r.Slot == ImpactEffortRow.ImpactSlot), Effort: g.FirstOrDefault(r => r.Slot == ImpactEffortRow.EffortSlot)))
            .Where(x => x.Impact is not null && x.Effort is not null && activity.Items.Any(i => i.Id == x.Key.ItemKey))
            .Select(x =>
            {
                var item = activity.Items.First(i => i.Id == x.Key.ItemKey);
                return new ImpactEffortRating(feed.Workshop.Id, activity.Id, item.SourceKey, item.Text, x.Key.ParticipantId, feed.People.NameOf(x.Key.ParticipantId, feed.T), x.Impact!.Value, x.Effort!.Value, x.Effort.At);
            })
            .ToList();
        return ratings.Count == 0 ? [] : [await impactEffort.ReceiveAsync(feed.Workshop.OrganisationId, ratings, ct)];
    }
}
