using Circulair.Persistence;

namespace Circulair.Strategy;

/// <summary>
/// What one closed dot vote on domains says about one domain's support: how many of the vote's participants gave
/// it a dot, how many dots it got, and the support (<i>draagvlak</i>) that share suggests. It is evidence: the vote
/// never changes the domain's support. A Coördinator takes it over on the domain page (the domain's history then
/// names the workshop) or leaves it. Closing the same activity again replaces its evidence. See docs/decisions/0213.
/// </summary>
public sealed class DomainSupportEvidence : IOrganisationScoped
{
    private DomainSupportEvidence()
    {
    }

    public DomainSupportEvidence(StrategyDomain domain, int workshopActivityId, int voters, int participants, int dots, DateTime closedAt)
    {
        OrganisationId = domain.OrganisationId;
        Domain = domain;
        WorkshopActivityId = workshopActivityId;
        Count(voters, participants, dots, closedAt);
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int StrategyDomainId { get; private set; }
    public StrategyDomain Domain { get; private set; } = null!;

    /// <summary>The dot vote on domains this evidence comes from; one piece of evidence per domain and activity.</summary>
    public int WorkshopActivityId { get; private set; }

    /// <summary>Participants who gave the domain at least one dot.</summary>
    public int Voters { get; private set; }

    /// <summary>Participants who voted in the activity at all.</summary>
    public int Participants { get; private set; }

    public int Dots { get; private set; }

    /// <summary>The support the share of voters suggests (<see cref="DomainSupportRules.FromVotes"/>).</summary>
    public DomainSupport SuggestedSupport { get; private set; }

    public DateTime ClosedAt { get; private set; }

    /// <summary>When a Coördinator took the suggested support over as the domain's support (null: not taken over).</summary>
    public DateTime? AdoptedAt { get; private set; }

    public bool IsAdopted => AdoptedAt is not null;

    /// <summary>Records (or, when the activity closes again, replaces) the vote's count. A changed count is no longer taken over.</summary>
    public void Count(int voters, int participants, int dots, DateTime closedAt)
    {
        var suggested = DomainSupportRules.FromVotes(voters, participants);
        if (dots < 0)
        {
            throw new DomainException("Strategy.Error.VotesOutOfRange");
        }
        if (Voters != voters || Participants != participants || Dots != dots)
        {
            AdoptedAt = null;
        }
        Voters = voters;
        Participants = participants;
        Dots = dots;
        SuggestedSupport = suggested;
        ClosedAt = closedAt;
    }

    internal void MarkAdopted(DateTime now) => AdoptedAt = now;
}
