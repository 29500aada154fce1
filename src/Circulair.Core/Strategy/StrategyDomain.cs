using Circulair.Persistence;
using Circulair.Reference;

namespace Circulair.Strategy;

/// <summary>Support (<i>draagvlak</i>) for an action domain among the stakeholders.</summary>
public enum DomainSupport
{
    Laag = 1,
    Middel = 2,
    Hoog = 3,
}

/// <summary>Whether the strategy keeps an action domain after testing it with stakeholders.</summary>
public enum DomainDecision
{
    Behouden = 1,
    LatenVallen = 2,
}

/// <summary>
/// An action domain as the strategy of one trajectory treats it (phase 2, step 1): the team tests the scan's
/// promising domains with stakeholders, records the support found and decides to keep the domain or let it drop,
/// with a reason and a date. A dropped domain stays in the strategy, marked as dropped, so the choice stays
/// visible. Goals hang below retained domains only.
/// </summary>
public sealed class StrategyDomain : IOrganisationScoped
{
    public const int ReasonMaxLength = 2000;

    private StrategyDomain()
    {
        DomainCode = "";
    }

    public StrategyDomain(int organisationId, int trajectoryId, string domainCode)
    {
        if (ActionDomains.Find(domainCode) is null)
        {
            throw new DomainException("Strategy.Error.UnknownDomain");
        }
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        DomainCode = domainCode;
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }

    /// <summary>Code of the action domain (<see cref="ActionDomains"/>), unique within the strategy.</summary>
    public string DomainCode { get; private set; }

    public DomainSupport? Support { get; private set; }
    public DomainDecision? Decision { get; private set; }
    public string? Reason { get; private set; }
    public DateOnly? DecidedOn { get; private set; }

    public ActionDomain Domain => ActionDomains.Find(DomainCode)!;

    public bool IsRetained => Decision == DomainDecision.Behouden;

    public bool IsDropped => Decision == DomainDecision.LatenVallen;

    /// <summary>
    /// Records what the stakeholders said and what the team decided. A decision needs a reason and a date;
    /// support may be recorded before any decision. Recording "nothing decided" clears reason and date.
    /// </summary>
    public void Record(DomainSupport? support, DomainDecision? decision, string? reason, DateOnly? decidedOn)
    {
        if (support is { } s && !Enum.IsDefined(s) || decision is { } d && !Enum.IsDefined(d))
        {
            throw new DomainException("Errors.NotFound");
        }
        var text = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (text is { Length: > ReasonMaxLength })
        {
            throw new DomainException("Strategy.Error.TooLong", ReasonMaxLength);
        }
        if (decision is not null && text is null)
        {
            throw new DomainException("Strategy.Error.DecisionNeedsReason");
        }
        if (decision is not null && decidedOn is null)
        {
            throw new DomainException("Strategy.Error.DecisionNeedsDate");
        }
        Support = support;
        Decision = decision;
        Reason = text;
        DecidedOn = decision is null ? null : decidedOn;
    }

    /// <summary>
    /// Support recorded from a vote (a workshop's dot voting): the share of votes in favour becomes low (under one
    /// third), medium or high (two thirds and more). The decision stays the team's.
    /// </summary>
    public void RecordSupportFromVotes(int inFavour, int total)
    {
        Support = DomainSupportRules.FromVotes(inFavour, total);
    }
}

public static class DomainSupportRules
{
    /// <summary>Share of votes in favour → support: &lt; 1/3 low, &lt; 2/3 medium, otherwise high.</summary>
    public static DomainSupport FromVotes(int inFavour, int total)
    {
        if (total <= 0 || inFavour < 0 || inFavour > total)
        {
            throw new DomainException("Strategy.Error.VotesOutOfRange");
        }
        var share = inFavour / (double)total;
        return share < 1 / 3.0 ? DomainSupport.Laag : share < 2 / 3.0 ? DomainSupport.Middel : DomainSupport.Hoog;
    }
}
