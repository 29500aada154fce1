using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// Clones of a shared item, across organisations. Only a number leaves the organisations (for the publisher's page)
/// or, within one organisation, the count that says which copy a new clone is.
/// </summary>
public static class SharedClones
{
    public static async Task<int> CountAsync(CirculairDbContext db, int itemId, CancellationToken ct) =>
        await db.PlannedActions.CountAsync(a => a.SourceLibraryItemId == itemId, ct)
        + await db.StrategyIdeas.CountAsync(a => a.SourceLibraryItemId == itemId, ct)
        + await db.Pilots.CountAsync(a => a.SourceLibraryItemId == itemId, ct)
        + await db.Indicators.CountAsync(a => a.SourceLibraryItemId == itemId, ct);

    public static async Task<int> CountInAsync(CirculairDbContext db, int organisationId, int itemId, CancellationToken ct) =>
        await db.PlannedActions.InOrganisation(organisationId).CountAsync(a => a.SourceLibraryItemId == itemId, ct)
        + await db.StrategyIdeas.InOrganisation(organisationId).CountAsync(a => a.SourceLibraryItemId == itemId, ct)
        + await db.Pilots.InOrganisation(organisationId).CountAsync(a => a.SourceLibraryItemId == itemId, ct)
        + await db.Indicators.InOrganisation(organisationId).CountAsync(a => a.SourceLibraryItemId == itemId, ct);
}
