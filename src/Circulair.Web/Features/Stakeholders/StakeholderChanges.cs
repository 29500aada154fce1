using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>Adding and removing a stakeholder, shared by the pages and the API so both follow one set of rules.</summary>
public static class StakeholderChanges
{
    /// <summary>Adds a stakeholder, with a first rating of power and interest (dated today) when both are given.</summary>
    public static async Task<Stakeholder> AddAsync(CirculairDbContext db, TimeProvider clock, int organisationId, StakeholderDetails details,
        StakeholderLevel? power, StakeholderLevel? interest, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var stakeholder = new Stakeholder(organisationId, details, now);
        if (power is { } p && interest is { } i)
        {
            var today = StakeholderLabels.Today(clock);
            stakeholder.Assess(today, p, i, null, today, now);
        }
        db.Stakeholders.Add(stakeholder);
        await db.SaveChangesAsync(ct);
        return stakeholder;
    }

    /// <summary>
    /// Removes a stakeholder with its ratings; the trail keeps that it existed but blanks its personal values, as
    /// there is no purpose left for keeping them. False when the organisation has no such stakeholder.
    /// </summary>
    public static async Task<bool> RemoveAsync(CirculairDbContext db, int organisationId, int stakeholderId, CancellationToken ct)
    {
        var stakeholder = await db.Stakeholders.InOrganisation(organisationId).Include(s => s.Assessments).FirstOrDefaultAsync(s => s.Id == stakeholderId, ct);
        if (stakeholder is null)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Stakeholders.Remove(stakeholder);
        await db.SaveChangesAsync(ct);
        await AuditTrail.ErasePersonalValuesAsync(db, organisationId, nameof(Stakeholder), stakeholderId, ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
