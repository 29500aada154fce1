using Circulair.Persistence;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance.Meetings;

/// <summary>What the meeting forms load: the organisation's action ids (a decision may only point at those).</summary>
public static class MeetingPage
{
    public static async Task<HashSet<int>> ActionIdsAsync(CirculairDbContext db, int organisationId, CancellationToken ct) =>
        [.. await db.PlannedActions.InOrganisation(organisationId).Select(a => a.Id).ToListAsync(ct)];
}
