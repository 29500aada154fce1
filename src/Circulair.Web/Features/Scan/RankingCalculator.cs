using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>The ranking of the action domains with everything needed to explain it.</summary>
public sealed record RankingResult(IReadOnlyList<DomainScore> Scores, IReadOnlyList<(EvidenceSource Source, ScanDataset Dataset)> Sources, RankingWeights Weights, ScanScope Scope)
{
    public bool Illustrative => Sources.Any(s => s.Dataset.IsIllustrative);

    /// <summary>The datasets the ranking picked itself (the most recent with figures for the own area) because the team chose none.</summary>
    public IReadOnlySet<int> PickedAutomatically { get; init; } = new HashSet<int>();

    /// <summary>
    /// Evidence whose categories count for no domain: every category of an own list (<see cref="CategoryScheme.Free"/>)
    /// that nobody mapped yet, or a whole source of which no category is mapped. Such figures add 0 points to every
    /// domain, which the ranking must say rather than show silently.
    /// </summary>
    public IReadOnlyList<UnmappedEvidence> Unmapped { get; init; } = [];

    /// <summary>Every dataset of the organisation, by name (the candidates the ranking chose from).</summary>
    public IReadOnlyList<ScanDataset> Datasets { get; init; } = [];

    /// <summary>The source of one kind of evidence, or null when the ranking has none.</summary>
    public (EvidenceSource Source, ScanDataset Dataset)? SourceOf(DatasetKind kind) =>
        Sources.Where(s => s.Dataset.Kind == kind).Select(s => ((EvidenceSource, ScanDataset)?)s).FirstOrDefault();
}

/// <summary>Categories of one source that are mapped to no action domain (codes, largest value first).</summary>
public sealed record UnmappedEvidence(ScanDataset Dataset, CategoryScheme Scheme, IReadOnlyList<string> Codes, bool Nothing);

/// <summary>
/// Picks the evidence for the ranking (per kind: the dataset the team chose, else the most recent one with
/// figures for the own area, in its latest such year), reads the own area's figures and, for jobs, a benchmark
/// (Flanders, else the province, else the other municipalities in the dataset), and ranks the domains.
/// </summary>
public sealed class RankingCalculator(CirculairDbContext db, ScanQueries queries)
{
    public async Task<RankingResult> ComputeAsync(int organisationId, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(organisationId, ct);
        var weights = scope.Profile?.Weights ?? RankingWeights.Default;
        // By name, the order the ranking page lists them in (RankingResult.Datasets), so it need not read them again.
        var datasets = await db.ScanDatasets.AsNoTracking().InOrganisation(organisationId).OrderBy(d => d.Name).ToListAsync(ct);
        var years = await db.ScanDatasetYears.AsNoTracking().InOrganisation(organisationId).ToListAsync(ct);
        var sources = new List<(EvidenceSource, ScanDataset)>();
        var automatic = new HashSet<int>();
        var picked = new List<(EvidenceKind Evidence, ScanDataset Dataset, int Year)>();
        if (scope.HasArea)
        {
            // Ties on year and last change go to the dataset added first, as when the datasets were read in the table's order.
            var byId = datasets.OrderBy(d => d.Id).ToList();
            foreach (var (kind, evidence, chosen) in new[]
            {
                (DatasetKind.Tewerkstelling, EvidenceKind.Jobs, scope.Profile?.EmploymentDatasetId),
                (DatasetKind.ToegevoegdeWaarde, EvidenceKind.AddedValue, scope.Profile?.AddedValueDatasetId),
                (DatasetKind.Huishoudafval, EvidenceKind.Waste, scope.Profile?.WasteDatasetId),
                (DatasetKind.Co2Uitstoot, EvidenceKind.Co2, scope.Profile?.Co2DatasetId),
            })
            {
                int? LatestOwnYear(ScanDataset d) => years.Where(y => y.ScanDatasetId == d.Id && y.Areas.Intersect(scope.Expanded).Any()).Select(y => (int?)y.Year).Max();
                var candidates = byId.Where(d => d.Kind == kind && LatestOwnYear(d) is not null).ToList();
                var dataset = candidates.FirstOrDefault(d => d.Id == chosen) ?? candidates.OrderByDescending(LatestOwnYear).ThenByDescending(d => d.UpdatedAt).FirstOrDefault();
                if (dataset is null || LatestOwnYear(dataset) is not { } year)
                {
                    continue;
                }
                if (dataset.Id != chosen)
                {
                    automatic.Add(dataset.Id);
                }
                picked.Add((evidence, dataset, year));
            }
        }
        // Every picked dataset's figures for the own area in one command; then, for jobs, the benchmark's sums.
        var figures = await queries.ValuesAsync(organisationId, [.. picked.Select(p => (p.Dataset.Id, p.Year))], scope.Expanded, ct);
        foreach (var (evidence, dataset, year) in picked)
        {
            var values = figures[dataset.Id].ToList();
            var unit = values.GroupBy(v => v.Unit).OrderByDescending(g => g.Count()).First().Key;
            var own = ScanAnalysis.CombineAreas(values.Where(v => v.Unit == unit));
            IReadOnlyList<CategoryValue>? benchmark = null;
            string? benchmarkName = null;
            if (evidence == EvidenceKind.Jobs && !Units.IsRate(unit))
            {
                var areas = years.First(y => y.ScanDatasetId == dataset.Id && y.Year == year).Areas;
                IReadOnlyList<string> codes = areas.Contains(AreaRegistry.FlemishRegionCode) ? [AreaRegistry.FlemishRegionCode]
                    : scope.ProvinceCode is { } p && areas.Contains(p) ? [p]
                    : [.. areas.Where(a => AreaRegistry.Instance.Find(a)?.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality && !scope.Expanded.Contains(a))];
                if (codes.Count > 0)
                {
                    benchmark = await queries.SumsAsync(organisationId, dataset.Id, codes, year, unit, ct);
                    benchmarkName = codes.Count == 1 ? AreaRegistry.Instance.Find(codes[0])?.Name : null;
                }
            }
            sources.Add((new EvidenceSource(evidence, dataset.Scheme, dataset.Name, year, own, benchmark, benchmarkName), dataset));
        }
        var mapping = DomainRanking.Mapping(await queries.DomainMappingsAsync(organisationId, ct));
        var scores = DomainRanking.Rank([.. sources.Select(s => s.Item1)], weights, mapping);
        var unmapped = new List<UnmappedEvidence>();
        foreach (var (source, dataset) in sources)
        {
            var leaves = ScanAnalysis.Leaves(CategoryCatalog.For(source.Scheme), source.Own).Where(v => v.Value > 0).OrderByDescending(v => v.Value).ToList();
            var loose = leaves.Where(v => mapping(source.Scheme, v.Code).Count == 0).Select(v => v.Code).ToList();
            var nothing = leaves.Count > 0 && loose.Count == leaves.Count;
            if (nothing || source.Scheme == CategoryScheme.Free && loose.Count > 0)
            {
                unmapped.Add(new UnmappedEvidence(dataset, source.Scheme, loose, nothing));
            }
        }
        return new RankingResult(scores, sources, weights, scope) { PickedAutomatically = automatic, Unmapped = unmapped, Datasets = datasets };
    }
}
