using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The scan feeds the indicators (issue 15 item 4): the adopted residual-waste indicator takes its yearly values from the
/// organisation's household-waste dataset (the one the scan's settings use, else the newest), for its own area, by
/// <see cref="ResidualWasteFeed"/>. Run after adopting the set and after every import into a waste dataset, it keeps the
/// values in step: years the dataset gives are added or updated, years it no longer gives are removed, and the dataset
/// is named as the source. A value entered or corrected by hand is never overwritten. An empty baseline takes the first
/// year. Returns how many measurements changed.
/// </summary>
public static class ScanFeed
{
    public static async Task<int> RunAsync(CirculairDbContext db, int organisationId, DateTime now, CancellationToken ct)
    {
        var indicator = await db.Indicators.InOrganisation(organisationId).Include(i => i.Targets)
            .FirstOrDefaultAsync(i => i.StandardCode == StandardIndicatorSet.ResidualWaste, ct);
        if (indicator is null)
        {
            return 0;
        }
        var profile = await db.ScanProfiles.InOrganisation(organisationId).AsNoTracking().FirstOrDefaultAsync(ct);
        var datasets = await db.ScanDatasets.InOrganisation(organisationId).Where(d => d.Kind == DatasetKind.Huishoudafval)
            .OrderByDescending(d => d.Id).Select(d => new { d.Id, d.Name, d.SourceName }).ToListAsync(ct);
        var dataset = datasets.FirstOrDefault(d => d.Id == profile?.WasteDatasetId) ?? datasets.FirstOrDefault();
        var fed = await db.Measurements.InOrganisation(organisationId).Where(m => m.IndicatorId == indicator.Id).ToListAsync(ct);
        if (dataset is null)
        {
            return 0;
        }
        var org = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.NisCode, o.Population }).FirstAsync(ct);
        var areas = profile?.OwnAreas is { Count: > 0 } own ? own.ToList() : [org.NisCode ?? AreaRegistry.OwnAreaCode];
        string[] categories = [ResidualWasteFeed.Total, .. ResidualWasteFeed.Parts];
        var figures = await db.ScanObservations.InOrganisation(organisationId)
            .Where(o => o.ScanDatasetId == dataset.Id && areas.Contains(o.AreaCode) && categories.Contains(o.CategoryCode))
            .Select(o => new WasteFigure(o.Year, o.CategoryCode, o.Value, o.Unit))
            .ToListAsync(ct);
        var population = await db.ScanPopulations.InOrganisation(organisationId).ToDictionaryAsync(p => p.Year, p => p.Population, ct);
        var values = ResidualWasteFeed.PerInhabitant(figures, population, org.Population);
        var source = $"{dataset.Name} ({dataset.SourceName})";
        if (source.Length > Measurement.SourceMaxLength)
        {
            source = source[..Measurement.SourceMaxLength];
        }
        var changed = 0;
        foreach (var value in values)
        {
            var existing = fed.FirstOrDefault(m => m.Year == value.Year);
            var details = new MeasurementDetails { Year = value.Year, Value = value.Value, Source = source, Note = existing?.Note };
            if (existing is null)
            {
                var m = new Measurement(indicator, details, null, null, now);
                m.FedFrom(dataset.Id);
                db.Measurements.Add(m);
                changed++;
            }
            else if (existing.ScanDatasetId is not null && (existing.Value != value.Value || existing.Source != source || existing.ScanDatasetId != dataset.Id))
            {
                existing.Describe(details);
                existing.FedFrom(dataset.Id);
                changed++;
            }
        }
        foreach (var gone in fed.Where(m => m.ScanDatasetId is not null && values.All(v => v.Year != m.Year)))
        {
            db.Measurements.Remove(gone);
            changed++;
        }
        if (values.Count > 0 && indicator.TakeBaselineIfMissing(values[0].Year, values[0].Value))
        {
            changed++;
        }
        if (changed > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        return changed;
    }
}
