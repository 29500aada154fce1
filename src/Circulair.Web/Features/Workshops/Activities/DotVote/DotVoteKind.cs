using Circulair.Workshops;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// Dot voting: each participant spreads N dots, at most M on one item. When the vote closes, dots on domains go to
/// the strategy as support evidence and dots on ideas to the ideas backlog's ranking (decision 0213).
/// </summary>
public sealed class DotVoteKind(IDomainSupportSink domains, IIdeaRankingSink ranking) : IActivityKind
{
    public ActivityKind Kind => ActivityKind.Stippenstemming;

    public string Folder => "DotVote";

    public Task<PhoneState> PhoneAsync(PhoneContext phone, CancellationToken ct) => DotVoting.PhoneAsync(phone, ct);

    public Task<PhoneAnswer> AnswerAsync(PhoneContext phone, CancellationToken ct) => DotVoting.AnswerAsync(phone, ct);

    public async Task<IReadOnlyList<FeedOutcome>> FeedAsync(ActivityFeed feed, CancellationToken ct)
    {
        var support = DotVoting.Support(feed);
        var outcomes = new List<FeedOutcome>();
        var onDomains = support.Where(s => s.Kind == VotingItemKind.Domein).ToList();
        var onIdeas = support.Where(s => s.Kind is VotingItemKind.Idee or VotingItemKind.Vraag).ToList();
        if (onDomains.Count > 0)
        {
            outcomes.Add(await domains.ReceiveAsync(feed.Workshop.OrganisationId, onDomains, ct));
        }
        if (onIdeas.Count > 0)
        {
            outcomes.Add(await ranking.ReceiveAsync(feed.Workshop.OrganisationId, onIdeas, ct));
        }
        return outcomes;
    }
}
