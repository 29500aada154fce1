using Circulair.Monitoring;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Regions.Benchmark;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>An indicator a region can compare its members on: one of the standard set, or one of the region's own definitions.</summary>
public sealed record BenchmarkIndicatorInfo(string Key, string Name, string Unit, IndicatorDirection Direction, bool IsStandard, IReadOnlyList<FlemishReferenceValue> References);

public sealed record IndicatorBenchmark(BenchmarkIndicatorInfo Info, BenchmarkResult Result);

/// <param name="ViewerMemberId">The member looking, or null when the region itself looks.</param>
public sealed record RegionBenchmarkView(int RegionId, string RegionName, string RegionSlug, int? ViewerMemberId, IReadOnlyList<IndicatorBenchmark> Indicators)
{
    public IndicatorBenchmark? Find(string? key) => Indicators.FirstOrDefault(i => string.Equals(i.Info.Key, key, StringComparison.OrdinalIgnoreCase));
}

/// <summary>
/// Loads what the benchmark of a region reads, in four queries whatever the number of members (decision 0351): the
/// active members, the figures of the indicators they share with this region (joined through the shares and the
/// active memberships, so a share of an ended membership or of another region never counts), their inhabitants per
/// year, and the region's own definitions. <see cref="BenchmarkCalculator"/> decides what the viewer may see. Never
/// cached: it reads other organisations' data, whose changes do not raise the viewer's data version.
/// </summary>
public static class RegionBenchmark
{
    public static async Task<RegionBenchmarkView> LoadAsync(CirculairDbContext db, RegionChoice region, string? selectedKey, int? selectedYear, bool english, CancellationToken ct)
    {
        var regionId = region.RegionId;
        var active = db.RegionMemberships.Where(m => m.OrganisationId == regionId && m.Status == RegionMembershipStatus.Active);
        var members = await (
            from m in active
            join o in db.Organisations on m.MemberOrganisationId equals o.Id
            select new { o.Id, o.Name, o.Population, o.ResidualWasteTarget2030 })
            .ToListAsync(ct);
        var shared = await (
            from s in db.RegionShares
            join m in active on s.RegionMembershipId equals m.Id
            where s.OrganisationId == m.MemberOrganisationId
            join i in db.Indicators on s.IndicatorId equals i.Id
            where i.OrganisationId == m.MemberOrganisationId
            select new { MemberId = m.MemberOrganisationId, IndicatorId = i.Id, i.StandardCode, i.RegionKey })
            .ToListAsync(ct);
        var figures = await (
            from s in db.RegionShares
            join m in active on s.RegionMembershipId equals m.Id
            where s.OrganisationId == m.MemberOrganisationId
            join v in db.Measurements on s.IndicatorId equals v.IndicatorId
            select new { v.IndicatorId, v.Year, v.Value })
            .ToListAsync(ct);
        var populations = await (
            from m in active
            join p in db.ScanPopulations on m.MemberOrganisationId equals p.OrganisationId
            select new { p.OrganisationId, p.Year, p.Population })
            .ToListAsync(ct);
        var definitions = await db.RegionIndicatorDefinitions.InOrganisation(regionId).OrderBy(d => d.Name)
            .Select(d => new { d.Key, d.Name, d.Unit, d.Direction }).ToListAsync(ct);

        var set = StandardIndicatorSet.Instance;
        var infos = set.All.Select(s => new BenchmarkIndicatorInfo(s.Code, s.Name(english), s.Unit, s.Direction, true, set.ReferencesFor(s.Code)))
            .Concat(definitions.Select(d => new BenchmarkIndicatorInfo(d.Key, d.Name, d.Unit, d.Direction, false, [])))
            .ToList();
        var valuesByIndicator = figures.GroupBy(f => f.IndicatorId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, double>)g.ToDictionary(f => f.Year, f => f.Value));
        var populationByMember = populations.GroupBy(p => p.OrganisationId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.ToDictionary(p => p.Year, p => p.Population));
        var sharedByKey = shared.GroupBy(s => s.StandardCode ?? s.RegionKey ?? "", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.GroupBy(s => s.MemberId).ToDictionary(m => m.Key, m => m.First().IndicatorId), StringComparer.OrdinalIgnoreCase);
        IReadOnlyDictionary<int, double> none = new Dictionary<int, double>();
        IReadOnlyDictionary<int, int> noPopulation = new Dictionary<int, int>();

        var results = new List<IndicatorBenchmark>(infos.Count);
        foreach (var info in infos)
        {
            var sharers = sharedByKey.GetValueOrDefault(info.Key);
            var input = members.Select(m =>
            {
                var indicatorId = sharers is not null && sharers.TryGetValue(m.Id, out var id) ? id : (int?)null;
                return new BenchmarkMember(m.Id, m.Name, indicatorId is not null,
                    indicatorId is { } i ? valuesByIndicator.GetValueOrDefault(i, none) : none,
                    populationByMember.GetValueOrDefault(m.Id, noPopulation), m.Population,
                    info.Key == StandardIndicatorSet.ResidualWaste ? m.ResidualWasteTarget2030 : null);
            }).ToList();
            var year = string.Equals(info.Key, selectedKey, StringComparison.OrdinalIgnoreCase) ? selectedYear : null;
            results.Add(new IndicatorBenchmark(info, BenchmarkCalculator.Compute(info.Key, info.Unit, info.Direction, input, year, region.ViewerMemberId)));
        }
        return new RegionBenchmarkView(regionId, region.RegionName, region.RegionSlug, region.ViewerMemberId, results);
    }
}
