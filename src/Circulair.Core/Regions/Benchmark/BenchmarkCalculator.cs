using Circulair.Monitoring;

namespace Circulair.Regions.Benchmark;

/// <summary>
/// Compares the members of a region on one indicator (issue 19 item 2, decision 0351). Pure: the web layer loads the
/// active members with their shares and figures, this decides what may be shown and computes the comparable values,
/// ranks, distribution and counts.
/// <list type="bullet">
/// <item>A member that did not opt in for the indicator is counted (<see cref="BenchmarkResult.NotSharing"/>), never shown.</item>
/// <item>The region sees every sharing member. A member sees the others only when it shares the indicator itself
/// (members compare <i>among themselves</i>); otherwise it gets the counts only.</item>
/// <item>Figures are scaled by <see cref="BenchmarkScaleRules.ForUnit"/>; a member whose figure needs inhabitants that are
/// unknown is counted apart and not ranked.</item>
/// <item>Rank 1 is the best value in the indicator's direction; equal values share a rank (1, 2, 2, 4).</item>
/// </list>
/// </summary>
public static class BenchmarkCalculator
{
    /// <param name="viewerMemberId">The member looking, or null when the region itself looks.</param>
    public static BenchmarkResult Compute(string key, string unit, IndicatorDirection direction, IReadOnlyList<BenchmarkMember> members, int? year, int? viewerMemberId)
    {
        var scale = BenchmarkScaleRules.ForUnit(unit);
        var sharing = members.Where(m => m.Shares).ToList();
        var notSharing = members.Count - sharing.Count;
        var viewerMustShare = viewerMemberId is { } viewer && !sharing.Any(m => m.OrganisationId == viewer);
        List<int> years = viewerMustShare ? [] : sharing.SelectMany(m => m.Values.Keys).Distinct().Order().ToList();
        var chosen = year is { } y && years.Contains(y) ? y : years.Count > 0 ? years[^1] : (int?)null;
        if (viewerMustShare || chosen is not { } at)
        {
            return new BenchmarkResult(key, scale, year ?? chosen, [], null, members.Count, notSharing,
                viewerMustShare ? 0 : sharing.Count, 0, viewerMustShare) { Years = years };
        }

        var withoutValue = 0;
        var withoutPopulation = 0;
        var scored = new List<(BenchmarkMember Member, double Measured, double Value, int? Population)>();
        foreach (var m in sharing)
        {
            if (!m.Values.TryGetValue(at, out var measured))
            {
                withoutValue++;
                continue;
            }
            var population = BenchmarkScaleRules.NeedsPopulation(scale) ? m.PopulationIn(at) : null;
            if (BenchmarkScaleRules.Apply(scale, measured, population) is not { } value)
            {
                withoutPopulation++;
                continue;
            }
            scored.Add((m, measured, value, population));
        }

        var ordered = direction == IndicatorDirection.LowerIsBetter
            ? scored.OrderBy(s => s.Value).ThenBy(s => s.Member.Name, StringComparer.CurrentCulture).ToList()
            : scored.OrderByDescending(s => s.Value).ThenBy(s => s.Member.Name, StringComparer.CurrentCulture).ToList();
        var rows = new List<BenchmarkRow>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            var rank = i > 0 && ordered[i - 1].Value.Equals(s.Value) ? rows[i - 1].Rank : i + 1;
            rows.Add(new BenchmarkRow(s.Member.OrganisationId, s.Member.Name, s.Measured, s.Value, s.Population, rank, s.Member.OrganisationId == viewerMemberId, s.Member.Target));
        }
        return new BenchmarkResult(key, scale, at, rows, BenchmarkDistribution.Of(rows.Select(r => r.Value)), members.Count, notSharing, withoutValue, withoutPopulation, false)
        {
            Years = years,
        };
    }

    /// <summary>The Flemish reference figure to show beside a year: the latest one up to that year, else the earliest after it.</summary>
    public static FlemishReferenceValue? ReferenceFor(IReadOnlyList<FlemishReferenceValue> references, int? year) =>
        year is not { } y ? references.LastOrDefault()
        : references.Where(r => r.Year <= y).OrderBy(r => r.Year).LastOrDefault() ?? references.OrderBy(r => r.Year).FirstOrDefault();
}
