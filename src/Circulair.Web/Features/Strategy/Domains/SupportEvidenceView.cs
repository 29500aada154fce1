using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Vision;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Domains;

/// <summary>
/// What a closed dot vote on domains says about one domain's support, named by its workshop and activity: evidence
/// the Coördinator takes over on the domain page, or not (docs/decisions/0213).
/// </summary>
public sealed record SupportEvidenceView(int Id, int WorkshopId, string Workshop, string Activity, int Voters, int Participants, int Dots, DomainSupport Suggested, DateTime ClosedAt, bool Adopted)
{

    /// <summary>The day the vote closed, in Belgium.</summary>
    public DateOnly ClosedOn => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(ClosedAt, LocalTime.Brussels));

    /// <summary>"Workshop – activity": how the domain's history names where its support came from.</summary>
    public string Source => $"{Workshop} – {Activity}";

    /// <summary>The evidence for one domain, newest vote first.</summary>
    public static async Task<IReadOnlyList<SupportEvidenceView>> LoadAsync(CirculairDbContext db, int organisationId, int strategyDomainId, CancellationToken ct)
    {
        var rows = await db.DomainSupportEvidence.InOrganisation(organisationId)
            .Where(e => e.StrategyDomainId == strategyDomainId)
            .Join(db.WorkshopActivities, e => e.WorkshopActivityId, a => a.Id, (e, a) => new { e, a.WorkshopId, Activity = a.Title })
            .Join(db.Workshops, x => x.WorkshopId, w => w.Id, (x, w) => new
            {
                x.e.Id, x.WorkshopId, Workshop = w.Title, x.Activity, x.e.Voters, x.e.Participants, x.e.Dots, x.e.SuggestedSupport, x.e.ClosedAt, x.e.AdoptedAt,
            })
            .ToListAsync(ct);
        return [.. rows.OrderByDescending(r => r.ClosedAt).ThenByDescending(r => r.Id)
            .Select(r => new SupportEvidenceView(r.Id, r.WorkshopId, r.Workshop, r.Activity, r.Voters, r.Participants, r.Dots, r.SuggestedSupport, r.ClosedAt, r.AdoptedAt is not null))];
    }
}
