using Circulair.Persistence;

namespace Circulair.Strategy;

/// <summary>
/// The dots one workshop activity gave one idea of the backlog. An idea's votes are the sum of its tallies and the
/// votes the team counted outside the workshops; closing the same activity again replaces its own tally only, so
/// votes from different activities add up and none overwrites another. See docs/decisions/0213.
/// </summary>
public sealed class IdeaVoteTally : IOrganisationScoped
{
    private IdeaVoteTally()
    {
    }

    internal IdeaVoteTally(StrategyIdea idea, int workshopActivityId, int votes, DateTime countedAt)
    {
        OrganisationId = idea.OrganisationId;
        Idea = idea;
        WorkshopActivityId = workshopActivityId;
        Votes = votes;
        CountedAt = countedAt;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int StrategyIdeaId { get; private set; }
    public StrategyIdea Idea { get; private set; } = null!;

    /// <summary>The dot vote (or "Hoe kunnen we…" activity) the dots were given in; one tally per idea and activity.</summary>
    public int WorkshopActivityId { get; private set; }

    public int Votes { get; private set; }

    /// <summary>When the activity was (last) closed and counted.</summary>
    public DateTime CountedAt { get; private set; }

    internal void Recount(int votes, DateTime countedAt)
    {
        Votes = votes;
        CountedAt = countedAt;
    }
}
