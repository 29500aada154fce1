using Circulair.Persistence;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The number of inhabitants the estimator starts from: the municipality's figure when the organisation is linked to
/// one, else the most recent year the organisation entered in its scan settings (an intercommunale or a fictional
/// demo town has no municipality of its own, but its scan knows its population).
/// </summary>
public static class PopulationSource
{
    public static async Task<(int Population, int Year)?> FindAsync(CirculairDbContext db, int organisationId, CancellationToken ct)
    {
        var own = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.Population, o.PopulationYear }).SingleOrDefaultAsync(ct);
        if (own?.Population is { } population)
        {
            return (population, own.PopulationYear ?? 0);
        }
        var scan = await db.ScanPopulations.InOrganisation(organisationId).OrderByDescending(p => p.Year)
            .Select(p => new { p.Population, p.Year }).FirstOrDefaultAsync(ct);
        return scan is null ? null : (scan.Population, scan.Year);
    }
}
