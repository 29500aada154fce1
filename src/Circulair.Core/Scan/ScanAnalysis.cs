using Circulair.Reference;

namespace Circulair.Scan;

public sealed record CategoryValue(string Code, double Value);

/// <param name="InCoverage">Among the largest categories that together reach the coverage threshold (75 %).</param>
public sealed record ShareRow(string Code, double Value, double Share, bool InCoverage);

/// <summary>One area's figure for a category and year.</summary>
public sealed record AreaValue(string AreaCode, string CategoryCode, int Year, double Value, string Unit);

public sealed record YearValue(int Year, double Value);

/// <param name="Change">Last minus first.</param>
/// <param name="ChangeShare">Relative change (0.12 = +12 %), null when the first value is 0.</param>
/// <param name="AnnualGrowth">Compound annual growth, null when it cannot be computed.</param>
public sealed record TrendSummary(int FirstYear, double First, int LastYear, double Last, double Change, double? ChangeShare, double? AnnualGrowth);

/// <summary>
/// The calculations of the scan's first step (guide ch. 5, "circulaire scan"): totals and shares per category,
/// the largest categories that together make up 75 % (the guide's waste example: household waste, paper and
/// cardboard, glass and organic waste make up three quarters of the weight), values per inhabitant, the
/// location quotient against a benchmark, and trends. Pure functions; the web layer queries the figures.
/// </summary>
public static class ScanAnalysis
{
    public const double CoverageThreshold = 0.75;

    /// <summary>Shares of the total, largest first; the leading categories up to the threshold are marked.</summary>
    public static IReadOnlyList<ShareRow> Shares(IEnumerable<CategoryValue> values, double threshold = CoverageThreshold)
    {
        var list = values.OrderByDescending(v => v.Value).ThenBy(v => v.Code, StringComparer.Ordinal).ToList();
        var total = list.Where(v => v.Value > 0).Sum(v => v.Value);
        var rows = new List<ShareRow>(list.Count);
        var cumulative = 0.0;
        foreach (var v in list)
        {
            var share = total > 0 ? v.Value / total : 0;
            var inCoverage = total > 0 && v.Value > 0 && cumulative < threshold - 1e-9;
            cumulative += Math.Max(share, 0);
            rows.Add(new ShareRow(v.Code, v.Value, share, inCoverage));
        }
        return rows;
    }

    /// <summary>The categories that together make up at least the threshold of the total (largest first).</summary>
    public static IReadOnlyList<ShareRow> Coverage(IEnumerable<CategoryValue> values, double threshold = CoverageThreshold) =>
        [.. Shares(values, threshold).Where(r => r.InCoverage)];

    /// <summary>
    /// Location quotient: the category's share locally divided by its share in the benchmark. 1 = as common as
    /// in the benchmark, 1.4 = 40 % more concentrated. Null when a total or the benchmark value is not positive.
    /// </summary>
    public static double? LocationQuotient(double local, double localTotal, double benchmark, double benchmarkTotal)
    {
        if (localTotal <= 0 || benchmarkTotal <= 0 || benchmark <= 0)
        {
            return null;
        }
        return local / localTotal / (benchmark / benchmarkTotal);
    }

    /// <summary>
    /// The categories to count in totals and shares, so nothing is counted twice: for NACE, divisions when the
    /// data has any (else sections); for lists with totals, every category except the totals.
    /// </summary>
    public static IReadOnlyList<CategoryValue> Leaves(CategoryCatalog catalog, IEnumerable<CategoryValue> values)
    {
        var list = values.ToList();
        if (catalog.Scheme.IsNace())
        {
            var divisions = list.Where(v => catalog.Find(v.Code)?.Level == CategoryLevel.Division).ToList();
            return divisions.Count > 0 ? divisions : [.. list.Where(v => catalog.Find(v.Code)?.Level == CategoryLevel.Section)];
        }
        // A flat list's item that has parts (restafval = huisvuil + grofvuil) counts once: by its parts when the file has them.
        var withParts = list.Select(v => catalog.Find(v.Code)?.Parent).Where(p => p is not null).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. list.Where(v => catalog.Find(v.Code)?.Level != CategoryLevel.Aggregate && !withParts.Contains(v.Code))];
    }

    /// <summary>NACE divisions summed to their sections (for the overview chart).</summary>
    public static IReadOnlyList<CategoryValue> Sections(CategoryCatalog catalog, IEnumerable<CategoryValue> values)
    {
        var list = values.ToList();
        if (list.Any(v => catalog.Find(v.Code)?.Level == CategoryLevel.Division))
        {
            return [.. list.Where(v => catalog.Find(v.Code)?.Level == CategoryLevel.Division)
                .GroupBy(v => catalog.Find(v.Code)!.Parent!)
                .Select(g => new CategoryValue(g.Key, g.Sum(v => v.Value)))];
        }
        return [.. list.Where(v => catalog.Find(v.Code)?.Level == CategoryLevel.Section)];
    }

    /// <summary>
    /// One territory made of several area codes (a municipality with the ones merged into it in 2025, or an
    /// intercommunale's municipalities): counts and masses add up; rates (per inhabitant, %) are averaged,
    /// weighted by each area's reference population.
    /// </summary>
    public static IReadOnlyList<CategoryValue> CombineAreas(IEnumerable<AreaValue> values)
    {
        return [.. values.GroupBy(v => v.CategoryCode).Select(g => new CategoryValue(g.Key, Combine(g)))];
    }

    public static double Combine(IEnumerable<AreaValue> values)
    {
        var list = values.ToList();
        if (list.Count == 1)
        {
            return list[0].Value;
        }
        if (!list.Any(v => Units.IsRate(v.Unit)))
        {
            return list.Sum(v => v.Value);
        }
        var weights = list.Select(v => (double)(AreaRegistry.Instance.Find(v.AreaCode)?.Population ?? 0)).ToList();
        var totalWeight = weights.Sum();
        return totalWeight > 0 ? list.Select((v, i) => v.Value * weights[i]).Sum() / totalWeight : list.Average(v => v.Value);
    }

    public static TrendSummary? Trend(IEnumerable<YearValue> series)
    {
        var list = series.OrderBy(v => v.Year).ToList();
        if (list.Count < 2)
        {
            return null;
        }
        var first = list[0];
        var last = list[^1];
        double? changeShare = first.Value != 0 ? (last.Value - first.Value) / Math.Abs(first.Value) : null;
        double? annual = first.Value > 0 && last.Value > 0 && last.Year > first.Year ? Math.Pow(last.Value / first.Value, 1.0 / (last.Year - first.Year)) - 1 : null;
        return new TrendSummary(first.Year, first.Value, last.Year, last.Value, last.Value - first.Value, changeShare, annual);
    }
}
