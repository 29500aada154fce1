using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Audit;

/// <summary>Reading the trail of one item, and erasing personal data from it when a person asks (GDPR art. 17).</summary>
public static class AuditTrail
{
    public static IQueryable<AuditEntry> For(this IQueryable<AuditEntry> entries, int organisationId, string entityType, object entityId)
    {
        var id = AuditInterceptor.Format(entityId) ?? "";
        return entries.Where(e => e.OrganisationId == organisationId && e.EntityType == entityType && e.EntityId == id);
    }

    /// <summary>
    /// Blanks the personal values recorded for one item (for example a stakeholder's e-mail address); the fact that
    /// something changed stays. The item's history is shown on the organisation's pages: its data version is raised.
    /// </summary>
    public static async Task<int> ErasePersonalValuesAsync(CirculairDbContext db, int organisationId, string entityType, object entityId, CancellationToken ct = default)
    {
        var erased = await db.AuditEntries.For(organisationId, entityType, entityId)
            .Where(e => e.IsPersonal && !e.IsErased)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.OldValue, (string?)null).SetProperty(e => e.NewValue, (string?)null).SetProperty(e => e.IsErased, true), ct);
        await OrganisationDataVersion.RaiseAsync(db, organisationId, ct);
        return erased;
    }

    /// <summary>
    /// Removes a person's name from every change they made; the changes stay, attributed to "a removed user". Raises
    /// the data version of every organisation whose history named them.
    /// </summary>
    public static async Task<int> EraseActorAsync(CirculairDbContext db, int userId, CancellationToken ct = default)
    {
        var organisations = await db.AuditEntries.Where(e => e.UserId == userId).Select(e => e.OrganisationId).Distinct().ToListAsync(ct);
        var erased = await db.AuditEntries.Where(e => e.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.UserName, (string?)null).SetProperty(e => e.UserId, (int?)null), ct);
        await OrganisationDataVersion.RaiseAsync(db, organisations, ct);
        return erased;
    }
}
