using Circulair.Persistence;
using Circulair.Strategy;

namespace Circulair.FollowUp;

/// <summary>The four political moments of phase 3 at which the strategy needs the council's or board's consent.</summary>
public enum PoliticalMoment
{
    /// <summary>The mandate to start a trajectory.</summary>
    MandaatOmTeStarten = 1,

    /// <summary>Checking proposals that have an impact on the budget.</summary>
    BudgettaireToets = 2,

    /// <summary>Formal ratification of the strategy.</summary>
    FormeleBekrachtiging = 3,

    /// <summary>A public moment: a presentation, a launch, a signing.</summary>
    PubliekMoment = 4,
}

/// <summary>The body that took a political decision.</summary>
public enum DecisionBody
{
    College = 1,
    Gemeenteraad = 2,
    RaadVanBestuur = 3,
    Ander = 4,
}

public enum DecisionOutcome
{
    Goedgekeurd = 1,
    GoedgekeurdMetWijzigingen = 2,
    Uitgesteld = 3,
    Afgekeurd = 4,
    KennisGenomen = 5,
}

/// <summary>What the decision form sets.</summary>
public sealed record PoliticalDecisionDetails
{
    public PoliticalMoment Moment { get; init; }
    public DecisionBody Body { get; init; }
    public string? OtherBody { get; init; }
    public DateOnly Date { get; init; }
    public string? Reference { get; init; }
    public DecisionOutcome Outcome { get; init; }
    public string? Link { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// A political decision on a trajectory (phase 3): one of the four moments, taken by a body (college, gemeenteraad,
/// raad van bestuur or another) on a date, with its reference number, outcome and a link to the decision. A formal
/// ratification with a positive outcome adopts the strategy: see <see cref="AdoptedVersion"/>.
/// </summary>
public sealed class PoliticalDecision : IOrganisationScoped
{
    public const int OtherBodyMaxLength = 150;
    public const int ReferenceMaxLength = 100;
    public const int LinkMaxLength = 500;
    public const int NoteMaxLength = 2000;

    private PoliticalDecision() { }

    public PoliticalDecision(int organisationId, int trajectoryId, PoliticalDecisionDetails details, int? recordedByUserId, DateTime now)
    {
        OrganisationId = organisationId;
        TrajectoryId = trajectoryId;
        RecordedByUserId = recordedByUserId;
        CreatedAt = now;
        Describe(details, DateOnly.FromDateTime(now));
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public int TrajectoryId { get; private set; }
    public PoliticalMoment Moment { get; private set; }
    public DecisionBody Body { get; private set; }
    public string? OtherBody { get; private set; }
    public DateOnly Date { get; private set; }
    public string? Reference { get; private set; }
    public DecisionOutcome Outcome { get; private set; }
    public string? Link { get; private set; }
    public string? Note { get; private set; }
    public int? RecordedByUserId { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>Whether this decision adopts the strategy: a formal ratification that was approved (with or without changes).</summary>
    public bool Ratifies => RatifiesStrategy(Moment, Outcome);

    public static bool RatifiesStrategy(PoliticalMoment moment, DecisionOutcome outcome) =>
        moment == PoliticalMoment.FormeleBekrachtiging && outcome is DecisionOutcome.Goedgekeurd or DecisionOutcome.GoedgekeurdMetWijzigingen;

    /// <summary>Whether a link is an absolute http(s) address (the only kind a decision or an update may point to).</summary>
    public static bool IsWebLink(string? link) =>
        Uri.TryCreate(link?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private void Describe(PoliticalDecisionDetails details, DateOnly today)
    {
        if (!Enum.IsDefined(details.Moment) || !Enum.IsDefined(details.Body) || !Enum.IsDefined(details.Outcome))
        {
            throw new DomainException("Errors.NotFound");
        }
        if (details.Date > today)
        {
            throw new DomainException("FollowUp.Error.DateInFuture");
        }
        var link = StrategyText.Clean(details.Link, LinkMaxLength);
        if (link is not null && !IsWebLink(link))
        {
            throw new DomainException("FollowUp.Error.LinkNotWeb");
        }
        var other = StrategyText.Clean(details.OtherBody, OtherBodyMaxLength);
        if (details.Body == DecisionBody.Ander && other is null)
        {
            throw new DomainException("FollowUp.Error.OtherBodyRequired");
        }
        Moment = details.Moment;
        Body = details.Body;
        OtherBody = details.Body == DecisionBody.Ander ? other : null;
        Date = details.Date;
        Reference = StrategyText.Clean(details.Reference, ReferenceMaxLength);
        Outcome = details.Outcome;
        Link = link;
        Note = StrategyText.Clean(details.Note, NoteMaxLength);
    }
}
