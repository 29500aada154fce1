using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring;

/// <summary>
/// The scan feeds the indicators (issue 15 item 4): each adopted standard indicator that a kind of scan dataset can give
/// (<see cref="ScanFeedRules.Feeds"/>: residual waste and the share collected separately from the household-waste
/// dataset, CO2 in total and per inhabitant from the CO2 dataset, the share of circular jobs from the employment
/// dataset) takes its yearly values from the organisation's dataset of that kind (the one the scan's settings use, else
/// the newest), for its own area. Run after adopting the set and after every import into a dataset, it keeps the values
/// in step: years the dataset gives are added or updated, years it no longer gives are removed, and the dataset is
/// named as the source. A value entered or corrected by hand is never overwritten. An empty baseline takes the first
/// year. Returns how many measurements changed.
/// </summary>
public static class ScanFeed
{
    public static async Task<int> RunAsync(CirculairDbContext db, int organisationId, DateTime now, CancellationToken ct)
    {
        var codes = ScanFeedRules.Feeds.Keys.ToList();
        var indicators = await db.Indicators.InOrganisation(organisationId).Include(i => i.Targets)
            .Where(i => i.StandardCode != null && codes.Contains(i.StandardCode)).ToListAsync(ct);
        if (indicators.Count == 0)
        {
            return 0;
        }
        var profile = await db.ScanProfiles.InOrganisation(organisationId).AsNoTracking().FirstOrDefaultAsync(ct);
        var org = await db.Organisations.Where(o => o.Id == organisationId).Select(o => new { o.NisCode, o.Population }).FirstAsync(ct);
        var areas = profile?.OwnAreas is { Count: > 0 } own ? own.ToList() : [org.NisCode ?? AreaRegistry.OwnAreaCode];
        var population = await db.ScanPopulations.InOrganisation(organisationId).ToDictionaryAsync(p => p.Year, p => p.Population, ct);
        var changed = 0;
        foreach (var indicator in indicators)
        {
            var kind = ScanFeedRules.Feeds[indicator.StandardCode!];
            var chosen = kind switch
            {
                DatasetKind.Huishoudafval => profile?.WasteDatasetId,
                DatasetKind.Co2Uitstoot => profile?.Co2DatasetId,
                DatasetKind.Tewerkstelling => profile?.EmploymentDatasetId,
                _ => null,
            };
            var datasets = await db.ScanDatasets.InOrganisation(organisationId).Where(d => d.Kind == kind)
                .OrderByDescending(d => d.Id).Select(d => new { d.Id, d.Name, d.SourceName }).ToListAsync(ct);
            var dataset = datasets.FirstOrDefault(d => d.Id == chosen) ?? datasets.FirstOrDefault();
            if (dataset is null)
            {
                continue;
            }
            var figures = await db.ScanObservations.InOrganisation(organisationId)
                .Where(o => o.ScanDatasetId == dataset.Id && areas.Contains(o.AreaCode))
                .Select(o => new ScanFigure(o.Year, o.CategoryCode, o.Value, o.Unit))
                .ToListAsync(ct);
            var values = indicator.StandardCode switch
            {
                StandardIndicatorSet.ResidualWaste => ResidualWasteFeed.PerInhabitant(figures.Select(f => new WasteFigure(f.Year, f.CategoryCode, f.Value, f.Unit)), population, org.Population),
                ScanFeedRules.SeparateShare => ScanFeedRules.SeparatelyCollectedShare(figures),
                ScanFeedRules.Co2Total => ScanFeedRules.Co2Tonnes(figures),
                ScanFeedRules.Co2PerInhabitant => ScanFeedRules.Co2PerInhabitantOf(figures, population, org.Population),
                ScanFeedRules.CircularJobs => ScanFeedRules.CircularJobsShare(figures),
                _ => [],
            };
            var source = $"{dataset.Name} ({dataset.SourceName})";
            changed += await SyncAsync(db, organisationId, indicator, dataset.Id, source, values, now, ct);
        }
        if (changed > 0)
        {
            await db.SaveChangesAsync(ct);
        }
        return changed;
    }

    /// <summary>Brings the indicator's dataset-fed values in line with <paramref name="values"/>; hand-entered ones stay.</summary>
    private static async Task<int> SyncAsync(CirculairDbContext db, int organisationId, Indicator indicator, int datasetId, string source, IReadOnlyList<FedValue> values, DateTime now, CancellationToken ct)
    {
        if (source.Length > Measurement.SourceMaxLength)
        {
            source = source[..Measurement.SourceMaxLength];
        }
        var fed = await db.Measurements.InOrganisation(organisationId).Where(m => m.IndicatorId == indicator.Id).ToListAsync(ct);
        var changed = 0;
        foreach (var value in values)
        {
            var existing = fed.FirstOrDefault(m => m.Year == value.Year);
            var details = new MeasurementDetails { Year = value.Year, Value = value.Value, Source = source, Note = existing?.Note };
            if (existing is null)
            {
                var m = new Measurement(indicator, details, null, null, now);
                m.FedFrom(datasetId);
                db.Measurements.Add(m);
                changed++;
            }
            else if (existing.ScanDatasetId is not null && (existing.Value != value.Value || existing.Source != source || existing.ScanDatasetId != datasetId))
            {
                existing.Describe(details);
                existing.FedFrom(datasetId);
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
        return changed;
    }
}
