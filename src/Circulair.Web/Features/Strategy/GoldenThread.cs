using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Localization;

namespace Circulair.Web.Features.Strategy;

/// <summary>What the opportunity scan found for one action domain: the shortlist reason, the team's notes, the figures in one sentence.</summary>
public sealed record DomainEvidence(int? AssessmentId, bool OnShortlist, string? PromisingReason, string? Notes, string? Sentence, bool Illustrative)
{
    public static readonly DomainEvidence None = new(null, false, null, null, null, false);

    public bool IsEmpty => AssessmentId is null && Sentence is null;

    /// <summary>
    /// The scan's assessment of the domain and its score in the ranking, in the ranking's commands
    /// (<see cref="RankingCalculator.ForDomainAsync"/>: two, the assessment read with the organisation's scan settings).
    /// </summary>
    public static async Task<DomainEvidence> LoadAsync(RankingCalculator calculator, Text t, int organisationId, string domainCode, CancellationToken ct)
    {
        var (ranking, assessment) = await calculator.ForDomainAsync(organisationId, domainCode, ct);
        var score = ranking.Sources.Count > 0 ? ranking.Scores.FirstOrDefault(s => s.Domain.Code == domainCode) : null;
        return new DomainEvidence(assessment?.Id, assessment?.IsPromising == true, assessment?.PromisingReason, assessment?.Notes,
            score is null ? null : ScoreSentence.For(score, t), ranking.Illustrative);
    }
}

/// <summary>
/// The golden thread upward from an action, a line, a goal or a domain: each link that exists, then the scan's
/// evidence for the domain and the trajectory's vision statement at the top.
/// </summary>
/// <remarks>The vision statement comes with the trajectory (<see cref="StrategyContext.Vision"/>) or the page's own row.</remarks>
public sealed record ThreadUp(string BaseUrl, string? VisionStatement, DomainNode? Domain, DomainEvidence Evidence, GoalNode? Goal, LineNode? Line);
