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
    public const int SupportSourceMaxLength = 400;

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

    /// <summary>
    /// Where the support was taken over from (a workshop's vote, as "workshop – activity"); null when the team
    /// recorded it itself. Audited, so the domain's history names the workshop.
    /// </summary>
    public string? SupportSource { get; private set; }

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
        if (support != Support)
        {
            SupportSource = null;
        }
        Support = support;
        Decision = decision;
        Reason = text;
        DecidedOn = decision is null ? null : decidedOn;
    }

    /// <summary>
    /// The date a decision posted with <paramref name="decidedOn"/> gets. A changed decision is a new decision: when
    /// the form still carried the previous decision's date, the new one is dated <paramref name="today"/>. An unchanged
    /// decision keeps the date given.
    /// </summary>
    public DateOnly? DateFor(DomainDecision? decision, DateOnly? decidedOn, DateOnly today) =>
        decision is not null && Decision is not null && decision != Decision && decidedOn == DecidedOn ? today : decidedOn;

    /// <summary>
    /// Takes over the support a workshop's vote suggests, through <see cref="Record"/> (the decision, reason and date
    /// stay), with <paramref name="source"/> naming the workshop and activity. The vote itself never changes support.
    /// </summary>
    public void AdoptSupport(DomainSupportEvidence evidence, string source, DateTime now)
    {
        // The evidence is this domain's: by its loaded navigation, or by its key when only that was loaded.
        if (evidence.Domain is null ? evidence.StrategyDomainId != Id : !ReferenceEquals(evidence.Domain, this))
        {
            throw new DomainException("Errors.NotFound");
        }
        Record(evidence.SuggestedSupport, Decision, Reason, DecidedOn);
        var text = source.Trim();
        SupportSource = text.Length <= SupportSourceMaxLength ? text : text[..(SupportSourceMaxLength - 1)] + "…";
        evidence.MarkAdopted(now);
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
