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
        return Of(organisation.Name, organisation.NisCode, organisation.Profile, organisation.Population.ToDictionary(p => p.Year, p => p.Population));
    }

    /// <summary>The scope from the organisation's row, its profile (null: none) and its entered populations.</summary>
    public static ScanScope Of(string organisationName, string? nisCode, ScanProfile? profile, IReadOnlyDictionary<int, int> population)
    {
        IReadOnlyList<string> codes = profile is { OwnAreas.Count: > 0 } ? profile.OwnAreas : nisCode is { } nis ? [nis] : [];
        var expanded = codes.SelectMany(c => AreaRegistry.Instance.ConstituentCodes(c)).Distinct().ToList();
        var areas = codes.Select(c => AreaRegistry.Instance.Find(c)).Where(a => a is not null).ToList();
        var name = codes.Count == 1 && codes[0] == AreaRegistry.OwnAreaCode ? organisationName
            : areas.Count > 0 ? string.Join(", ", areas.Select(a => a!.Name)) : organisationName;
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
    /// Everything the ranking reads of the figures, in one command (a UNION ALL): the own area's figures in one year of
    /// each picked dataset (each part seeks on the key like <see cref="ValuesAsync(int, int, IReadOnlyCollection{string}, int?, CancellationToken)"/>),
    /// the benchmark's sums per category and unit (aggregated in the database like <see cref="SumsAsync"/>; the caller
    /// keeps the own figures' unit), and on every row the organisation's own mapping of that category to action domains,
    /// if it has one. The ranking looks up the mapping only for categories among these figures, so those rows are all
    /// of the mapping it needs: the mapping's own command is saved.
    /// </summary>
    public async Task<RankingFigures> RankingFiguresAsync(int organisationId, IReadOnlyList<(int DatasetId, CategoryScheme Scheme, int Year)> own,
        IReadOnlyCollection<string> areas, (int DatasetId, CategoryScheme Scheme, int Year, IReadOnlyList<string> Areas)? benchmark, CancellationToken ct)
    {
        if (areas.Count == 0 || own.Count == 0)
        {
            return RankingFigures.None;
        }
        var list = areas.ToList();
        var mappings = db.ScanDomainMappings.InOrganisation(organisationId);
        var parts = own.Select(part =>
        {
            var (datasetId, scheme, year) = part;
            return db.ScanObservations.AsNoTracking()
                .Where(o => o.ScanDatasetId == datasetId && o.OrganisationId == organisationId && list.Contains(o.AreaCode) && o.Year == year)
                .Select(o => new FigureRow
                {
                    Benchmark = false, DatasetId = o.ScanDatasetId, AreaCode = o.AreaCode, CategoryCode = o.CategoryCode, Year = o.Year, Value = o.Value, Unit = o.Unit,
                    Domains = mappings.Where(m => m.Scheme == scheme && m.CategoryCode == o.CategoryCode).Select(m => m.DomainCodes).FirstOrDefault(),
                });
        }).ToList();
        if (benchmark is { Areas.Count: > 0 } b)
        {
            var (datasetId, scheme, year, codes) = (b.DatasetId, b.Scheme, b.Year, b.Areas.ToList());
            parts.Add(db.ScanObservations.AsNoTracking()
                .Where(o => o.ScanDatasetId == datasetId && o.OrganisationId == organisationId && codes.Contains(o.AreaCode) && o.Year == year)
                .GroupBy(o => new { o.ScanDatasetId, o.CategoryCode, o.Year, o.Unit })
                // An area code of the group only to fill the column (the union's parts must have the same columns).
                .Select(g => new { g.Key.ScanDatasetId, g.Key.CategoryCode, g.Key.Year, g.Key.Unit, AreaCode = g.Max(o => o.AreaCode), Sum = g.Sum(o => o.Value) })
                .Select(x => new FigureRow
                {
                    Benchmark = true, DatasetId = x.ScanDatasetId, AreaCode = x.AreaCode!, CategoryCode = x.CategoryCode, Year = x.Year, Value = x.Sum, Unit = x.Unit,
                    Domains = mappings.Where(m => m.Scheme == scheme && m.CategoryCode == x.CategoryCode).Select(m => m.DomainCodes).FirstOrDefault(),
                }));
        }
        var rows = await parts.Aggregate((a, c) => a.Concat(c)).ToListAsync(ct);
        var schemes = own.Select(o => (o.DatasetId, o.Scheme)).Concat(benchmark is { } x ? [(x.DatasetId, x.Scheme)] : []).Distinct().ToDictionary(o => o.DatasetId, o => o.Scheme);
        var owned = rows.Where(r => r.Domains is not null).Select(r => (Scheme: schemes[r.DatasetId], r.CategoryCode, Domains: r.Domains!)).Distinct()
            .Select(m => new ScanDomainMapping(organisationId, m.Scheme, m.CategoryCode, m.Domains.Length == 0 ? [] : m.Domains.Split(';')))
            .ToList();
        return new RankingFigures(
            rows.Where(r => !r.Benchmark).ToLookup(r => r.DatasetId, r => new AreaValue(r.AreaCode, r.CategoryCode, r.Year, r.Value, r.Unit)),
            [.. rows.Where(r => r.Benchmark).Select(r => (r.Unit, new CategoryValue(r.CategoryCode, r.Value)))],
            owned);
    }

    /// <summary>One row of <see cref="RankingFiguresAsync"/>'s union: an own-area figure, or a benchmark sum (<see cref="Benchmark"/>).</summary>
    private sealed class FigureRow
    {
        public bool Benchmark { get; init; }
        public int DatasetId { get; init; }
        public string AreaCode { get; init; } = "";
        public string CategoryCode { get; init; } = "";
        public int Year { get; init; }
        public double Value { get; init; }
        public string Unit { get; init; } = "";
        public string? Domains { get; init; }
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
}

/// <summary>
/// What <see cref="ScanQueries.RankingFiguresAsync"/> read: the own area's figures by dataset, the benchmark's sums with
/// their unit, and the organisation's own domain mappings of the categories among them.
/// </summary>
public sealed record RankingFigures(ILookup<int, AreaValue> Own, IReadOnlyList<(string Unit, CategoryValue Value)> Benchmark, IReadOnlyList<ScanDomainMapping> Mappings)
{
    public static readonly RankingFigures None = new(Array.Empty<AreaValue>().ToLookup(_ => 0), [], []);
}
