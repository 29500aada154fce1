using Circulair.HealthCheck;
using Circulair.Persistence;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// The transition health check as a live activity (issue 15): each participant scores the nine building blocks 1–5 on
/// their phone. When the activity closes, every complete rating goes into a health-check round named after the
/// workshop and the activity (made when it is first needed; closing again replaces each participant's rating there),
/// one rater per participant, so the organisation's health check shows the workshop's view beside the team's.
/// </summary>
public sealed class HealthCheckKind : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Gezondheidscheck;

    public string Folder => "Gezondheidscheck";

    public async Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct)
    {
        var mine = await phone.MyResponsesAsync(ct);
        return new HealthCheckPhone(phone, mine.Where(r => r.ItemKey == 0 && Enum.IsDefined((HealthCheckBlock)r.Slot)).ToDictionary(r => (HealthCheckBlock)r.Slot, r => r.Value));
    }

    public async Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct)
    {
        var given = new Dictionary<HealthCheckBlock, int>();
        foreach (var block in BlockScore.Blocks)
        {
            if (phone.Int($"block[{(int)block}]") is { } score && BlockScore.InRange(score))
            {
                given[block] = score;
            }
            else
            {
                phone.ModelState.AddModelError($"Block_{(int)block}", phone.T["Workshops.Participate.BlockRequired", phone.T[$"HealthCheck.Block.{block}"]]);
            }
        }
        if (!phone.ModelState.IsValid)
        {
            return PhoneAnswer.Refuse(new HealthCheckPhone(phone, given));
        }
        await phone.SaveResponsesAsync(given.Select(g => new PhoneValue(0, (int)g.Key, g.Value, null)), ct);
        return PhoneAnswer.Saved("Workshops.Participate.ScoresSaved");
    }

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var db = feed.Db;
        var activity = feed.Activity;
        var responses = await db.WorkshopResponses.Where(r => r.WorkshopActivityId == activity.Id)
            .Select(r => new ResponseValue(r.ParticipantId, r.ItemKey, r.Slot, r.Value, r.Text)).ToListAsync(ct);
        var ratings = responses.GroupBy(r => r.ParticipantId)
            .Select(g => (Participant: g.Key, Scores: HealthCheckActivityRules.Scores(g.ToList())))
            .Where(x => x.Scores is not null).ToList();
        if (ratings.Count == 0)
        {
            return [];
        }
        var title = feed.T["Workshops.HealthCheck.RoundTitle", feed.Workshop.Title, activity.Title].Value;
        title = title.Length <= HealthCheckRound.TitleMaxLength ? title : title[..HealthCheckRound.TitleMaxLength];
        var round = await db.HealthCheckRounds.InOrganisation(feed.Workshop.OrganisationId).Include(r => r.Ratings).ThenInclude(r => r.Scores)
            .Where(r => r.Title == title && r.ClosedAt == null).OrderByDescending(r => r.OpenedAt).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            round = new HealthCheckRound(feed.Workshop.OrganisationId, title, null, activity.ClosedAt ?? DateTime.UtcNow);
            db.HealthCheckRounds.Add(round);
        }
        foreach (var (participant, scores) in ratings)
        {
            round.Rate(Circulair.Vision.RaterKey.Workshop($"ws{feed.Workshop.Id}-p{participant}"), feed.People.NameOf(participant, feed.T), scores!, activity.ClosedAt ?? DateTime.UtcNow);
        }
        return [FeedOutcome.Delivered];
    }
}
