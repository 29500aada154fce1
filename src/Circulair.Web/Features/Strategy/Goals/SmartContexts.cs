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

    /// <summary>
    /// The three kinds of name in one command, each distinct name once. UNION ALL and a set in memory rather than UNION:
    /// the database would sort or hash the register's thousands of names to drop the repeats (a department named by many
    /// stakeholders), which took longer than sending the repeats (bench/pages, decision 0485).
    /// </summary>
    public static async Task<HashSet<string>> NamesAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var stakeholders = db.Stakeholders.InOrganisation(organisationId);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var name in db.Memberships.InOrganisation(organisationId).Select(m => m.User.DisplayName)
            .Concat(stakeholders.Select(s => s.Name))
            .Concat(stakeholders.Where(s => s.Department != null).Select(s => s.Department!))
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            names.Add(name);
        }
        return names;
    }
}
