using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>The organisation's territory as the scan sees it.</summary>
/// <param name="Codes">The area codes the organisation calls its own (its municipality, or what it set).</param>
/// <param name="Expanded">Those codes with the municipalities merged into them, for figures on pre-2025 codes.</param>
/// <param name="ProvinceCode">The province, as a default benchmark.</param>
public sealed record ScanScope(IReadOnlyList<string> Codes, IReadOnlyList<string> Expanded, string Name, string? ProvinceCode, ScanProfile? Profile, IReadOnlyDictionary<int, int> EnteredPopulation)
{
    public bool HasArea => Codes.Count > 0;

    /// <summary>Population for per-inhabitant values in a year: the figure entered for that year, else the reference figure (2020).</summary>
    public (int Population, int Year, bool Entered)? PopulationFor(int year)
    {
        if (EnteredPopulation.TryGetValue(year, out var entered))
        {
            return (entered, year, true);
        }
        var reference = Codes.Select(c => AreaRegistry.Instance.Find(c)?.Population).ToList();
        if (reference.Count > 0 && reference.All(p => p is not null))
        {
            return (reference.Sum(p => p!.Value), AreaRegistry.PopulationYear, false);
        }
        return EnteredPopulation.Count > 0 ? EnteredPopulation.OrderBy(p => Math.Abs(p.Key - year)).Select(p => ((int, int, bool)?)(p.Value, p.Key, true)).First() : null;
    }
}

/// <summary>Reads the scan's figures with projections, always scoped by organisation; aggregation happens on the (dataset, area, year, category) key.</summary>
public sealed class ScanQueries(CirculairDbContext db)
{
    public async Task<ScanScope> ScopeAsync(int organisationId, CancellationToken ct)
    {
        // One command: the organisation, its profile (at most one: unique index) and its populations, joined on the organisation.
        // Locals: an expression tree cannot name an extension property.
        IQueryable<ScanProfile> profiles = db.ScanProfiles;
        IQueryable<ScanPopulation> populations = db.ScanPopulations;
        var organisation = await (
            from o in db.Organisations.AsNoTracking()
            where o.Id == organisationId
            from p in profiles.Where(p => p.OrganisationId == o.Id).DefaultIfEmpty()
            select new
            {
                o.Name,
                o.NisCode,
                Profile = p,
                Population = populations.Where(x => x.OrganisationId == o.Id).Select(x => new { x.Year, x.Population }).ToList(),
            }).SingleAsync(ct);
        var profile = organisation.Profile;
        var population = organisation.Population.ToDictionary(p => p.Year, p => p.Population);
        IReadOnlyList<string> codes = profile is { OwnAreas.Count: > 0 } ? profile.OwnAreas : organisation.NisCode is { } nis ? [nis] : [];
        var expanded = codes.SelectMany(c => AreaRegistry.Instance.ConstituentCodes(c)).Distinct().ToList();
        var areas = codes.Select(c => AreaRegistry.Instance.Find(c)).Where(a => a is not null).ToList();
        var name = codes.Count == 1 && codes[0] == AreaRegistry.OwnAreaCode ? organisation.Name
            : areas.Count > 0 ? string.Join(", ", areas.Select(a => a!.Name)) : organisation.Name;
        var province = areas.Select(a => a!.ProvinceCode).Distinct().Count() == 1 ? areas[0]!.ProvinceCode : null;
        return new ScanScope(codes, expanded, name, province, profile, population);
    }

    public Task<ScanDataset?> DatasetAsync(int organisationId, int datasetId, CancellationToken ct) =>
        db.ScanDatasets.AsNoTracking().InOrganisation(organisationId).SingleOrDefaultAsync(d => d.Id == datasetId, ct);

    public Task<List<ScanDatasetYear>> YearsAsync(int organisationId, int datasetId, CancellationToken ct) =>
        db.ScanDatasetYears.AsNoTracking().InOrganisation(organisationId).Where(y => y.ScanDatasetId == datasetId).OrderBy(y => y.Year).ToListAsync(ct);

    /// <summary>Figures of some areas, for one year or all years. Seeks on the key: dataset, then each area.</summary>
    public async Task<List<AreaValue>> ValuesAsync(int organisationId, int datasetId, IReadOnlyCollection<string> areas, int? year, CancellationToken ct)
    {
        if (areas.Count == 0)
        {
            return [];
        }
        var list = areas.ToList();
        var query = db.ScanObservations.AsNoTracking().Where(o => o.ScanDatasetId == datasetId && o.OrganisationId == organisationId && list.Contains(o.AreaCode));
        if (year is { } y)
        {
            query = query.Where(o => o.Year == y);
        }
        return await query.Select(o => new AreaValue(o.AreaCode, o.CategoryCode, o.Year, o.Value, o.Unit)).ToListAsync(ct);
    }

    /// <summary>
    /// Figures of some areas in one year of each of several datasets, in one command (a UNION ALL whose every part seeks on
    /// the key like <see cref="ValuesAsync"/>), by dataset: the ranking reads each kind of evidence's figures this way.
    /// </summary>
    public async Task<ILookup<int, AreaValue>> ValuesAsync(int organisationId, IReadOnlyList<(int DatasetId, int Year)> datasetYears, IReadOnlyCollection<string> areas, CancellationToken ct)
    {
        if (areas.Count == 0 || datasetYears.Count == 0)
        {
            return Array.Empty<AreaValue>().ToLookup(_ => 0);
        }
        var list = areas.ToList();
        var query = datasetYears.Select(dy =>
        {
            var (datasetId, year) = dy;
            return db.ScanObservations.AsNoTracking()
                .Where(o => o.ScanDatasetId == datasetId && o.OrganisationId == organisationId && list.Contains(o.AreaCode) && o.Year == year)
                .Select(o => new { o.ScanDatasetId, o.AreaCode, o.CategoryCode, o.Year, o.Value, o.Unit });
        }).Aggregate((a, b) => a.Concat(b));
        return (await query.ToListAsync(ct)).ToLookup(o => o.ScanDatasetId, o => new AreaValue(o.AreaCode, o.CategoryCode, o.Year, o.Value, o.Unit));
    }

    /// <summary>Sums per category over many areas in one year, aggregated in the database (counts and masses only).</summary>
    public async Task<List<CategoryValue>> SumsAsync(int organisationId, int datasetId, IReadOnlyCollection<string> areas, int year, string unit, CancellationToken ct)
    {
        if (areas.Count == 0)
        {
            return [];
        }
        var list = areas.ToList();
        var rows = await db.ScanObservations.AsNoTracking()
            .Where(o => o.ScanDatasetId == datasetId && o.OrganisationId == organisationId && list.Contains(o.AreaCode) && o.Year == year && o.Unit == unit)
            .GroupBy(o => o.CategoryCode)
            .Select(g => new { Code = g.Key, Sum = g.Sum(o => o.Value) })
            .ToListAsync(ct);
        return [.. rows.Select(r => new CategoryValue(r.Code, r.Sum))];
    }

    /// <summary>Labels the file gave categories of a free list.</summary>
    public Task<Dictionary<string, string?>> CategoryLabelsAsync(int organisationId, int datasetId, CancellationToken ct) =>
        db.ScanDatasetCategories.AsNoTracking().InOrganisation(organisationId).Where(c => c.ScanDatasetId == datasetId).ToDictionaryAsync(c => c.Code, c => c.Label, ct);

    public static string LabelOf(CategoryScheme scheme, string code, IReadOnlyDictionary<string, string?>? fileLabels = null)
    {
        if (CategoryCatalog.For(scheme).Find(code) is { } c)
        {
            return scheme.IsNace() ? $"{c.Code} {c.Label}" : c.Label.ToString();
        }
        return fileLabels is not null && fileLabels.TryGetValue(code, out var l) && l is not null ? l : code;
    }

    public Task<List<ScanDomainMapping>> DomainMappingsAsync(int organisationId, CancellationToken ct) =>
        db.ScanDomainMappings.AsNoTracking().InOrganisation(organisationId).ToListAsync(ct);
}
