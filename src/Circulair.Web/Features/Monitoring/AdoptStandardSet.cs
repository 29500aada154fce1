using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Reference;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// Adopts indicators of the standard set in one step: each chosen code not yet adopted becomes an indicator of the
/// organisation that keeps the code (its shared identity). Residual waste starts with the 2030 target of the
/// organisation's cluster; then the scan's waste figures, when there are any, fill its measurements (<see cref="ScanFeed"/>).
/// </summary>
public static class AdoptStandardSet
{
    public static async Task<IReadOnlyList<Indicator>> RunAsync(CirculairDbContext db, int organisationId, IEnumerable<string> codes, ResidualWasteTarget? cluster, DateTime now, CancellationToken ct)
    {
        var set = StandardIndicatorSet.Instance;
        var adopted = await db.Indicators.InOrganisation(organisationId).Where(i => i.StandardCode != null).Select(i => i.StandardCode!).ToListAsync(ct);
        var names = await db.Indicators.InOrganisation(organisationId).Select(i => i.Name).ToListAsync(ct);
        var added = new List<Indicator>();
        foreach (var standard in codes.Select(set.Find).OfType<StandardIndicator>().DistinctBy(s => s.Code).Where(s => !adopted.Contains(s.Code)))
        {
            var details = standard.ToDetails(set.StartingTargets(standard, cluster));
            // An own indicator may already carry the name: the adopted one says where it comes from.
            if (names.Contains(details.Name))
            {
                details = details with { Name = $"{details.Name} ({standard.Code})" };
            }
            added.Add(new Indicator(organisationId, details, standard.Code, now));
        }
        db.Indicators.AddRange(added);
        await db.SaveChangesAsync(ct);
        if (added.Any(i => i.StandardCode == StandardIndicatorSet.ResidualWaste))
        {
            await ScanFeed.RunAsync(db, organisationId, now, ct);
        }
        return added;
    }
}
