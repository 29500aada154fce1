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
/// <remarks>
/// Three commands (decision 0440; six before): the scope, the datasets with their years, and the figures with the
/// benchmark and the organisation's mapping of their categories (<see cref="ScanQueries.RankingFiguresAsync"/>).
/// The golden thread's pages read the scope and the datasets in one command with the domain's assessment
/// (<see cref="ForDomainAsync"/>).
/// </remarks>
public sealed class RankingCalculator(CirculairDbContext db, ScanQueries queries)
{
    public async Task<RankingResult> ComputeAsync(int organisationId, CancellationToken ct)
    {
        var scope = await queries.ScopeAsync(organisationId, ct);
        // The years as a collection of each dataset: one command for both.
        var years = db.ScanDatasetYears.InOrganisation(organisationId);
        var datasets = await db.ScanDatasets.AsNoTracking().InOrganisation(organisationId).OrderBy(d => d.Name)
            .Select(d => new DatasetWithYears(d, years.Where(y => y.ScanDatasetId == d.Id).ToList()))
            .ToListAsync(ct);
        return await ComputeAsync(organisationId, scope, datasets, ct);
    }

    /// <summary>
    /// The ranking and the scan's assessment of one domain (null: none), for the golden thread: the organisation, its
    /// profile, the assessment and the datasets with their years in one command, then the figures. The scope has no
    /// entered populations (the ranking does not use them).
    /// </summary>
    public async Task<(RankingResult Ranking, AssessmentFacts? Assessment)> ForDomainAsync(int organisationId, string domainCode, CancellationToken ct)
    {
        // Locals: an expression tree cannot name an extension property.
        IQueryable<ScanProfile> profiles = db.ScanProfiles;
        var assessments = db.ScanDomainAssessments.InOrganisation(organisationId).Where(a => a.DomainCode == domainCode);
        var datasets = db.ScanDatasets.InOrganisation(organisationId);
        var years = db.ScanDatasetYears.InOrganisation(organisationId);
        var row = await (
            from o in db.Organisations.AsNoTracking()
            where o.Id == organisationId
            from p in profiles.Where(p => p.OrganisationId == o.Id).DefaultIfEmpty()
            select new
            {
                o.Name,
                o.NisCode,
                Profile = p,
                // Field by field, as the action page read them (one domain has at most one assessment).
                AssessmentId = assessments.Select(a => (int?)a.Id).FirstOrDefault(),
                AssessmentPromising = assessments.Select(a => a.IsPromising).FirstOrDefault(),
                AssessmentReason = assessments.Select(a => a.PromisingReason).FirstOrDefault(),
                AssessmentNotes = assessments.Select(a => a.Notes).FirstOrDefault(),
                // Correlated with the organisation's row (a join, not an APPLY, which SQLite lacks).
                Datasets = datasets.Where(d => d.OrganisationId == o.Id).OrderBy(d => d.Name).Select(d => new DatasetWithYears(d, years.Where(y => y.ScanDatasetId == d.Id).ToList())).ToList(),
            }).SingleAsync(ct);
        var scope = ScanQueries.Of(row.Name, row.NisCode, row.Profile, new Dictionary<int, int>());
        var ranking = await ComputeAsync(organisationId, scope, row.Datasets, ct);
        return (ranking, row.AssessmentId is { } id ? new AssessmentFacts(id, row.AssessmentPromising, row.AssessmentReason, row.AssessmentNotes) : null);
    }

    /// <summary>
    /// The ranking in two commands instead of three, for a page that does not show the entered populations (the ranking
    /// does not use them): the organisation, its profile and its datasets with their years in one command, as
    /// <see cref="ForDomainAsync"/> reads them, then the figures.
    /// </summary>
    public async Task<RankingResult> ComputeWithoutPopulationsAsync(int organisationId, CancellationToken ct)
    {
        // Locals: an expression tree cannot name an extension property.
        IQueryable<ScanProfile> profiles = db.ScanProfiles;
        var datasets = db.ScanDatasets.InOrganisation(organisationId);
        var years = db.ScanDatasetYears.InOrganisation(organisationId);
        var row = await (
            from o in db.Organisations.AsNoTracking()
            where o.Id == organisationId
            from p in profiles.Where(p => p.OrganisationId == o.Id).DefaultIfEmpty()
            select new
            {
                o.Name,
                o.NisCode,
                Profile = p,
                Datasets = datasets.Where(d => d.OrganisationId == o.Id).OrderBy(d => d.Name).Select(d => new DatasetWithYears(d, years.Where(y => y.ScanDatasetId == d.Id).ToList())).ToList(),
            }).SingleAsync(ct);
        var scope = ScanQueries.Of(row.Name, row.NisCode, row.Profile, new Dictionary<int, int>());
        return await ComputeAsync(organisationId, scope, row.Datasets, ct);
    }

    private sealed record DatasetWithYears(ScanDataset Dataset, List<ScanDatasetYear> Years);

    private async Task<RankingResult> ComputeAsync(int organisationId, ScanScope scope, IReadOnlyList<DatasetWithYears> read, CancellationToken ct)
    {
        var weights = scope.Profile?.Weights ?? RankingWeights.Default;
        // By name, the order the ranking page lists them in (RankingResult.Datasets), so it need not read them again.
        var datasets = read.Select(d => d.Dataset).ToList();
        var years = read.SelectMany(d => d.Years).ToList();
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
        // The jobs' benchmark areas: Flanders, else the province, else the other municipalities in that year of the dataset.
        (int, CategoryScheme, int, IReadOnlyList<string>)? benchmarkRequest = null;
        string? benchmarkName = null;
        if (picked.FirstOrDefault(p => p.Evidence == EvidenceKind.Jobs) is { Dataset: { } jobs } job)
        {
            var areas = years.First(y => y.ScanDatasetId == jobs.Id && y.Year == job.Year).Areas;
            IReadOnlyList<string> codes = areas.Contains(AreaRegistry.FlemishRegionCode) ? [AreaRegistry.FlemishRegionCode]
                : scope.ProvinceCode is { } p && areas.Contains(p) ? [p]
                : [.. areas.Where(a => AreaRegistry.Instance.Find(a)?.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality && !scope.Expanded.Contains(a))];
            if (codes.Count > 0)
            {
                benchmarkRequest = (jobs.Id, jobs.Scheme, job.Year, codes);
                benchmarkName = codes.Count == 1 ? AreaRegistry.Instance.Find(codes[0])?.Name : null;
            }
        }
        // Every picked dataset's figures for the own area, the benchmark's sums and the mapping of their categories in one command.
        var figures = await queries.RankingFiguresAsync(organisationId, [.. picked.Select(p => (p.Dataset.Id, p.Dataset.Scheme, p.Year))], scope.Expanded, benchmarkRequest, ct);
        foreach (var (evidence, dataset, year) in picked)
        {
            var values = figures.Own[dataset.Id].ToList();
            var unit = values.GroupBy(v => v.Unit).OrderByDescending(g => g.Count()).First().Key;
            var own = ScanAnalysis.CombineAreas(values.Where(v => v.Unit == unit));
            IReadOnlyList<CategoryValue>? benchmark = null;
            string? name = null;
            if (evidence == EvidenceKind.Jobs && !Units.IsRate(unit) && benchmarkRequest is not null)
            {
                benchmark = [.. figures.Benchmark.Where(b => b.Unit == unit).Select(b => b.Value)];
                name = benchmarkName;
            }
            sources.Add((new EvidenceSource(evidence, dataset.Scheme, dataset.Name, year, own, benchmark, name), dataset));
        }
        var mapping = DomainRanking.Mapping(figures.Mappings);
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

/// <summary>What the golden thread shows of the scan's assessment of a domain.</summary>
public sealed record AssessmentFacts(int Id, bool IsPromising, string? PromisingReason, string? Notes);
