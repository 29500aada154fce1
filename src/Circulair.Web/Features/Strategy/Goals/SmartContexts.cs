using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Stakeholders;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Goals;

/// <summary>
/// What the SMART checklist needs to know about the organisation: today in Belgium (from the clock) and the names a
/// goal's owner may be: its members' names, and the names and departments of the stakeholders in its register
/// (internal services such as "Dienst Milieu en Klimaat" live there).
/// </summary>
public static class SmartContexts
{
    /// <summary>Reads the names afresh; pages use <see cref="SmartOwnerCache"/>, which keeps them per data version.</summary>
    public static async Task<SmartContext> LoadAsync(CirculairDbContext db, int organisationId, TimeProvider clock, CancellationToken ct) =>
        new(StakeholderLabels.Today(clock), await NamesAsync(db, organisationId, ct));

    /// <summary>One command (UNION, so a department named by many stakeholders comes once) for the three kinds of name.</summary>
    public static Task<List<string>> NamesAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var stakeholders = db.Stakeholders.InOrganisation(organisationId);
        return db.Memberships.InOrganisation(organisationId).Select(m => m.User.DisplayName)
            .Union(stakeholders.Select(s => s.Name))
            .Union(stakeholders.Where(s => s.Department != null).Select(s => s.Department!))
            .ToListAsync(ct);
    }
}
