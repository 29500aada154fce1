using Circulair.Persistence;
using Circulair.Reference;

namespace Circulair.Scan;

/// <summary>
/// The team's qualitative look at one action domain (scan step 2): what surveys said, the potential in the
/// inner circles (R-strategies), social-economy potential, trends, synergies with existing plans, and notes
/// (adopted suggestions land here). A Coördinator marks promising domains with a reason: that shortlist is
/// where phase 2 starts.
/// </summary>
public sealed class ScanDomainAssessment : IOrganisationScoped
{
    public const int TextMaxLength = 8000;
    public const int ReasonMaxLength = 2000;

    private ScanDomainAssessment()
    {
        DomainCode = "";
        InnerCircleStrategies = "";
        AdoptedOpportunities = "";
    }

    public ScanDomainAssessment(int organisationId, string domainCode)
    {
        if (ActionDomains.Find(domainCode) is null)
        {
            throw new DomainException("Errors.ScanDomainUnknown");
        }
        OrganisationId = organisationId;
        DomainCode = domainCode;
        InnerCircleStrategies = "";
        AdoptedOpportunities = "";
    }

    public int Id { get; private set; }
    public int OrganisationId { get; private set; }
    public string DomainCode { get; private set; }
    public string? SurveyFindings { get; private set; }

    /// <summary>R-ladder codes separated by ';' (e.g. "R3;R4").</summary>
    public string InnerCircleStrategies { get; private set; }

    public string? InnerCirclePotential { get; private set; }

    /// <summary>1 (little) … 5 (much): labour-intensive, easy-to-learn steps that suit the social economy.</summary>
    public int? SocialEconomyPotential { get; private set; }

    public string? Trends { get; private set; }
    public string? Synergies { get; private set; }
    public string? Notes { get; private set; }

    /// <summary>Ids of knowledge-base suggestions adopted into the notes, separated by ';'.</summary>
    public string AdoptedOpportunities { get; private set; }

    public bool IsPromising { get; private set; }
    public string? PromisingReason { get; private set; }
    public DateTime? MarkedAt { get; private set; }

    public ActionDomain Domain => ActionDomains.Find(DomainCode)!;

    public IReadOnlyList<string> Strategies => InnerCircleStrategies.Length == 0 ? [] : InnerCircleStrategies.Split(';');

    public IReadOnlyList<string> Adopted => AdoptedOpportunities.Length == 0 ? [] : AdoptedOpportunities.Split(';');

    public bool HasContent => SurveyFindings is not null || InnerCircleStrategies.Length > 0 || InnerCirclePotential is not null
        || SocialEconomyPotential is not null || Trends is not null || Synergies is not null || Notes is not null;

    public void Describe(string? surveyFindings, IEnumerable<string> strategies, string? innerCirclePotential, int? socialEconomyPotential, string? trends, string? synergies, string? notes)
    {
        if (socialEconomyPotential is < 1 or > 5)
        {
            throw new DomainException("Errors.ScanSocialPotentialRange");
        }
        var codes = strategies.Distinct().ToList();
        if (codes.Any(c => RLadder.Find(c) is null))
        {
            throw new DomainException("Errors.ScanStrategyUnknown");
        }
        SurveyFindings = Blank(surveyFindings);
        InnerCircleStrategies = string.Join(';', RLadder.All.Select(r => r.Code).Where(codes.Contains));
        InnerCirclePotential = Blank(innerCirclePotential);
        SocialEconomyPotential = socialEconomyPotential;
        Trends = Blank(trends);
        Synergies = Blank(synergies);
        Notes = Blank(notes);
    }

    /// <summary>Adds a suggestion of the knowledge base to the notes, once; <paramref name="text"/> is its text in the team's language.</summary>
    public bool Adopt(Opportunity opportunity, string text)
    {
        if (Adopted.Contains(opportunity.Id))
        {
            return false;
        }
        var line = "• " + text.Trim();
        var notes = Notes is null ? line : Notes + "\n" + line;
        if (notes.Length > TextMaxLength)
        {
            throw new DomainException("Errors.ScanNotesFull");
        }
        Notes = notes;
        AdoptedOpportunities = string.Join(';', [.. Adopted, opportunity.Id]);
        return true;
    }

    public void MarkPromising(string reason, DateTime at)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Errors.ScanReasonRequired");
        }
        IsPromising = true;
        PromisingReason = reason.Trim();
        MarkedAt = at;
    }

    public void Unmark()
    {
        IsPromising = false;
        PromisingReason = null;
        MarkedAt = null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
