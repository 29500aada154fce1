using Circulair.Reference;

namespace Circulair.Scan;

public enum EvidenceKind
{
    /// <summary>Share of the jobs in the domain's sectors.</summary>
    Jobs = 1,

    /// <summary>Location quotient of those jobs against the benchmark.</summary>
    Specialisation = 2,

    /// <summary>Share of the added value.</summary>
    AddedValue = 3,

    /// <summary>Share of the household waste (by weight).</summary>
    Waste = 4,

    /// <summary>Share of the CO2 emissions.</summary>
    Co2 = 5,
}

/// <summary>How much each kind of evidence counts in a domain's score. Visible and adjustable per organisation.</summary>
public sealed record RankingWeights(double Jobs, double Specialisation, double AddedValue, double Waste, double Co2)
{
    public static readonly RankingWeights Default = new(3, 2, 1, 2, 2);

    public double For(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Jobs => Jobs,
        EvidenceKind.Specialisation => Specialisation,
        EvidenceKind.AddedValue => AddedValue,
        EvidenceKind.Waste => Waste,
        _ => Co2,
    };
}

/// <summary>One dataset-year the ranking draws on, for the own area (and, for jobs, a benchmark for the location quotient).</summary>
/// <param name="Kind">Jobs, AddedValue, Waste or Co2 (Specialisation comes with Jobs when a benchmark is given).</param>
public sealed record EvidenceSource(EvidenceKind Kind, CategoryScheme Scheme, string DatasetName, int Year, IReadOnlyList<CategoryValue> Own, IReadOnlyList<CategoryValue>? Benchmark = null, string? BenchmarkName = null);

/// <summary>What one kind of evidence says about one domain.</summary>
/// <param name="Share">The domain's share of the total (0–1).</param>
/// <param name="LocationQuotient">For <see cref="EvidenceKind.Specialisation"/>.</param>
/// <param name="TopCategories">The domain's largest categories in this evidence (codes), largest first, at most two.</param>
/// <param name="Points">0–100: the share in percent, or for specialisation 50 × LQ capped at 100.</param>
public sealed record EvidencePart(EvidenceKind Kind, double Share, double? LocationQuotient, IReadOnlyList<string> TopCategories, double Points, double Weight, string DatasetName, int Year, CategoryScheme Scheme, string? BenchmarkName);

/// <summary>A domain's score (0–100, the weighted average of its evidence points) and the evidence that explains it.</summary>
public sealed record DomainScore(ActionDomain Domain, double Score, IReadOnlyList<EvidencePart> Parts);

/// <summary>
/// Ranks the action domains on the figures of the scan, transparently: for each kind of evidence the domain
/// gets points (its share of jobs, added value, waste or CO2 in percent; for specialisation 50 points per unit of
/// location quotient, at most 100), and its score is the weighted average of those points with the weights the
/// team sees and may change. Categories count for every domain they are mapped to (the guide's domains overlap).
/// </summary>
public static class DomainRanking
{
    public static IReadOnlyList<DomainScore> Rank(IReadOnlyList<EvidenceSource> sources, RankingWeights weights, Func<CategoryScheme, string, IReadOnlyList<string>> domainsOf)
    {
        var scores = new List<DomainScore>();
        foreach (var domain in ActionDomains.All)
        {
            var parts = new List<EvidencePart>();
            foreach (var source in sources)
            {
                var catalog = CategoryCatalog.For(source.Scheme);
                var own = ScanAnalysis.Leaves(catalog, source.Own);
                var total = own.Where(v => v.Value > 0).Sum(v => v.Value);
                var mapped = own.Where(v => v.Value > 0 && domainsOf(source.Scheme, v.Code).Contains(domain.Code)).OrderByDescending(v => v.Value).ThenBy(v => v.Code, StringComparer.Ordinal).ToList();
                var share = total > 0 ? mapped.Sum(v => v.Value) / total : 0;
                var top = mapped.Take(2).Select(v => v.Code).ToList();
                parts.Add(new EvidencePart(source.Kind, share, null, top, share * 100, weights.For(source.Kind), source.DatasetName, source.Year, source.Scheme, null));
                if (source.Kind == EvidenceKind.Jobs && source.Benchmark is { Count: > 0 } benchmark)
                {
                    var bench = ScanAnalysis.Leaves(catalog, benchmark);
                    var benchTotal = bench.Where(v => v.Value > 0).Sum(v => v.Value);
                    var benchMapped = bench.Where(v => v.Value > 0 && domainsOf(source.Scheme, v.Code).Contains(domain.Code)).Sum(v => v.Value);
                    var lq = ScanAnalysis.LocationQuotient(mapped.Sum(v => v.Value), total, benchMapped, benchTotal);
                    if (lq is { } q)
                    {
                        parts.Add(new EvidencePart(EvidenceKind.Specialisation, share, q, top, Math.Min(q * 50, 100), weights.For(EvidenceKind.Specialisation), source.DatasetName, source.Year, source.Scheme, source.BenchmarkName));
                    }
                }
            }
            var weightSum = parts.Sum(p => p.Weight);
            var score = weightSum > 0 ? parts.Sum(p => p.Points * p.Weight) / weightSum : 0;
            scores.Add(new DomainScore(domain, score, parts));
        }
        return [.. scores.OrderByDescending(s => s.Score).ThenBy(s => s.Domain.Number)];
    }

    /// <summary>The mapping in force: the organisation's own rows where it has them, else the shipped default.</summary>
    public static Func<CategoryScheme, string, IReadOnlyList<string>> Mapping(IEnumerable<ScanDomainMapping> own)
    {
        var table = own.ToDictionary(m => (m.Scheme, m.CategoryCode), m => m.Domains);
        return (scheme, code) => table.TryGetValue((scheme, code), out var d) ? d : DomainMappingDefaults.For(scheme, code);
    }
}
