using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Features.Scan;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy;

/// <summary>What the opportunity scan found for one action domain: the shortlist reason, the team's notes, the figures in one sentence.</summary>
public sealed record DomainEvidence(int? AssessmentId, bool OnShortlist, string? PromisingReason, string? Notes, string? Sentence, bool Illustrative)
{
    public static readonly DomainEvidence None = new(null, false, null, null, null, false);

    public bool IsEmpty => AssessmentId is null && Sentence is null;

    public static async Task<DomainEvidence> LoadAsync(CirculairDbContext db, RankingCalculator calculator, Text t, int organisationId, string domainCode, CancellationToken ct)
    {
        var assessment = await db.ScanDomainAssessments.InOrganisation(organisationId)
            .Where(a => a.DomainCode == domainCode)
            .Select(a => new AssessmentFacts(a.Id, a.IsPromising, a.PromisingReason, a.Notes))
            .FirstOrDefaultAsync(ct);
        return await WithRankingAsync(calculator, t, organisationId, domainCode, assessment, ct);
    }

    /// <summary>The evidence from an assessment the page read with its own data (null: none), and the ranking.</summary>
    public static async Task<DomainEvidence> WithRankingAsync(RankingCalculator calculator, Text t, int organisationId, string domainCode, AssessmentFacts? assessment, CancellationToken ct)
    {
        var ranking = await calculator.ComputeAsync(organisationId, ct);
        var score = ranking.Sources.Count > 0 ? ranking.Scores.FirstOrDefault(s => s.Domain.Code == domainCode) : null;
        return new DomainEvidence(assessment?.Id, assessment?.IsPromising == true, assessment?.PromisingReason, assessment?.Notes,
            score is null ? null : ScoreSentence.For(score, t), ranking.Illustrative);
    }
}

/// <summary>What the thread shows of the scan's assessment of a domain.</summary>
public sealed record AssessmentFacts(int Id, bool IsPromising, string? PromisingReason, string? Notes);

/// <summary>
/// The golden thread upward from an action, a line, a goal or a domain: each link that exists, then the scan's
/// evidence for the domain and the trajectory's vision statement at the top.
/// </summary>
/// <remarks>The vision statement comes with the trajectory (<see cref="StrategyContext.Vision"/>) or the page's own row.</remarks>
public sealed record ThreadUp(string BaseUrl, string? VisionStatement, DomainNode? Domain, DomainEvidence Evidence, GoalNode? Goal, LineNode? Line);
