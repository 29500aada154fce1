using System.Globalization;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Datasets;

/// <summary>
/// The analysis of one dataset in one year for the organisation's own area: totals, shares, the categories that
/// together make up 75 %, values per inhabitant, comparison with a benchmark (location quotient for employment)
/// and the trend over the years, each figure with its source and year, charts with their data tables, and the
/// knowledge base's suggestions beside the largest categories.
/// Served from the page cache (decision 0171): everything it reads is the organisation's own data or reference data
/// embedded in the app (areas, populations of 2020, category lists, the knowledge base), which never changes at run time.
/// </summary>
[CachedPage(Shared = true)]
public sealed class ShowModel(CirculairDbContext db, ScanQueries queries, CurrentOrganisation current, Text t) : PageModel
{
    public const int ChartCategories = 15;

    public ScanDataset Dataset { get; private set; } = null!;
    public IReadOnlyList<ScanDatasetYear> Years { get; private set; } = [];
    public int? Year { get; private set; }
    public ScanScope Scope { get; private set; } = null!;
    public string Unit { get; private set; } = "";
    public int OtherUnitRows { get; private set; }
    public IReadOnlyList<CategoryRow> Rows { get; private set; } = [];
    public double Total { get; private set; }
    public PerInhabitantValue? TotalPerInhabitant { get; private set; }
    public (int Population, int Year, bool Entered)? Population { get; private set; }
    public IReadOnlyList<(string Value, string Label)> BenchmarkOptions { get; private set; } = [];
    public string? Benchmark { get; private set; }
    public string? BenchmarkName { get; private set; }
    public double? BenchmarkTotal { get; private set; }
    public PerInhabitantValue? BenchmarkPerInhabitant { get; private set; }
    public int? BenchmarkPopulation { get; private set; }
    public bool ShowsLocationQuotient => Dataset.Kind is DatasetKind.Tewerkstelling or DatasetKind.ToegevoegdeWaarde;
    public bool SectionLevel { get; private set; }
    public bool HasDivisions { get; private set; }
    public double CoverageShare { get; private set; }
    public IReadOnlyList<CategoryRow> Coverage => [.. Rows.Where(r => r.InCoverage)];
    public ChartModel? SharesChart { get; private set; }
    public ChartModel? TrendChart { get; private set; }
    public ChartModel? StackChart { get; private set; }
    public TrendSummary? Trend { get; private set; }
    public IReadOnlyList<(Opportunity Opportunity, string Category)> Suggestions { get; private set; } = [];
    public IReadOnlyList<ScanImport> Imports { get; private set; } = [];
    public string SourceLine { get; private set; } = "";

    /// <summary>
    /// The comparison when the imported file holds no benchmark area (issue 15 item 4): the Flemish figure Circulair ships
    /// (flanders_reference_values.csv) beside the own area's, with that figure's year and source, for the kinds of dataset
    /// the file has a comparable figure for (<see cref="Circulair.Monitoring.FlemishScanReference"/>): household waste
    /// (residual waste per inhabitant) and CO2 (the change since the base year of the municipalities of the Covenant of
    /// Mayors, beside the own territory's change over the same years).
    /// </summary>
    public FlemishComparison? Flemish { get; private set; }

    /// <param name="BaseYear">For a change (CO2): the year it is measured from.</param>
    public sealed record FlemishComparison(double? Own, string Indicator, double Reference, string Unit, int Year, string Geography, string Source, DatasetKind Kind = DatasetKind.Huishoudafval, int? BaseYear = null);

    /// <summary>A change in per cent with its sign: +3,2 or -5.</summary>
    public static string Signed(double value, IFormatProvider culture) => value.ToString("+0.#;-0.#;0", culture);

    public sealed record CategoryRow(string Code, string Label, double Value, double Share, bool InCoverage, PerInhabitantValue? PerInhabitant, double? BenchmarkValue, double? BenchmarkShare, double? LocationQuotient);

    public async Task<IActionResult> OnGetAsync(int scanDatasetId, int? year, string? benchmark, string? level, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var org = current.Value;
        var dataset = await queries.DatasetAsync(org.Id, scanDatasetId, ct);
        if (dataset is null)
        {
            return NotFound();
        }
        Dataset = dataset;
        Scope = await queries.ScopeAsync(org.Id, ct);
        Years = await queries.YearsAsync(org.Id, dataset.Id, ct);
        Imports = await db.ScanImports.AsNoTracking().InOrganisation(org.Id)
            .Where(i => i.ScanDatasetId == dataset.Id && (i.Status == ScanImportStatus.Imported || i.Status == ScanImportStatus.Failed))
            .OrderByDescending(i => i.Id).Take(10).ToListAsync(ct);
        var culture = CultureInfo.CurrentCulture;
        var withOwn = Years.Where(y => y.Areas.Intersect(Scope.Expanded).Any()).ToList();
        Year = year is { } wanted && Years.Any(y => y.Year == wanted) ? wanted : withOwn.LastOrDefault()?.Year ?? Years.LastOrDefault()?.Year;
        if (Year is not { } selected)
        {
            return Page();
        }
        var catalog = CategoryCatalog.For(dataset.Scheme);
        var labels = await queries.CategoryLabelsAsync(org.Id, dataset.Id, ct);
        string Label(string code) => ScanQueries.LabelOf(dataset.Scheme, code, labels);
        SourceLine = t["Scan.Analysis.SourceLine", dataset.SourceName, selected, dataset.Licence ?? t["Scan.Analysis.NoLicence"].Value,
            dataset.RetrievedOn?.ToString("d", culture) ?? t["Scan.Analysis.NoDate"].Value].Value;

        // Own area: every year (for the trend), selected year for the table.
        var ownAll = await queries.ValuesAsync(org.Id, dataset.Id, Scope.Expanded, null, ct);
        var byUnit = ownAll.Where(v => v.Year == selected).GroupBy(v => v.Unit).OrderByDescending(g => g.Count()).ToList();
        Unit = byUnit.FirstOrDefault()?.Key ?? dataset.Kind.DefaultUnit();
        OtherUnitRows = byUnit.Skip(1).Sum(g => g.Count());
        var unit = Unit;
        var own = ScanAnalysis.CombineAreas(ownAll.Where(v => v.Year == selected && v.Unit == unit));
        HasDivisions = catalog.Scheme.IsNace() && own.Any(v => catalog.Find(v.Code)?.Level == CategoryLevel.Division);
        SectionLevel = HasDivisions && level == "sections";
        IReadOnlyList<CategoryValue> Level(IEnumerable<CategoryValue> values) => SectionLevel ? ScanAnalysis.Sections(catalog, values) : ScanAnalysis.Leaves(catalog, values);
        var leaves = Level(own);
        var shares = ScanAnalysis.Shares(leaves);
        Total = leaves.Where(v => v.Value > 0).Sum(v => v.Value);
        Population = Scope.PopulationFor(selected);
        TotalPerInhabitant = Population is { } pop ? Units.PerInhabitant(Total, unit, pop.Population) : null;

        // Benchmark.
        var yearRow = Years.First(y => y.Year == selected);
        BenchmarkOptions = Options(yearRow, Scope);
        Benchmark = benchmark is not null && BenchmarkOptions.Any(o => o.Value == benchmark) ? benchmark
            : BenchmarkOptions.Select(o => o.Value).FirstOrDefault(v => v == AreaRegistry.FlemishRegionCode)
              ?? BenchmarkOptions.Select(o => o.Value).FirstOrDefault(v => v == Scope.ProvinceCode)
              ?? BenchmarkOptions.Select(o => o.Value).FirstOrDefault();
        Dictionary<string, double> bench = [];
        if (Benchmark is { } b)
        {
            var codes = BenchmarkCodes(b, yearRow, Scope);
            BenchmarkName = BenchmarkOptions.First(o => o.Value == b).Label;
            var benchValues = Units.IsRate(unit)
                ? ScanAnalysis.CombineAreas(await queries.ValuesAsync(org.Id, dataset.Id, codes, selected, ct) is var list ? list.Where(v => v.Unit == unit) : [])
                : await queries.SumsAsync(org.Id, dataset.Id, codes, selected, unit, ct);
            var benchLeaves = Level(benchValues);
            bench = benchLeaves.ToDictionary(v => v.Code, v => v.Value);
            BenchmarkTotal = benchLeaves.Where(v => v.Value > 0).Sum(v => v.Value);
            var populations = codes.Select(c => AreaRegistry.Instance.Find(c)?.Population).ToList();
            BenchmarkPopulation = populations.All(p => p is not null) ? populations.Sum(p => p!.Value) : null;
            BenchmarkPerInhabitant = BenchmarkPopulation is { } bp ? Units.PerInhabitant(BenchmarkTotal.Value, unit, bp) : null;
        }
        if (Benchmark is null && dataset.Kind == DatasetKind.Co2Uitstoot)
        {
            var references = Circulair.Monitoring.FlemishScanReference.For(dataset.Kind, Circulair.Monitoring.StandardIndicatorSet.Instance);
            if (Circulair.Regions.Benchmark.BenchmarkCalculator.ReferenceFor(references, selected) is { } reference
                && Circulair.Monitoring.FlemishScanReference.BaseYear(reference) is { } baseYear)
            {
                var change = Circulair.Monitoring.FlemishScanReference.Co2ChangeSince(
                    ownAll.Select(v => new Circulair.Monitoring.ScanFigure(v.Year, v.CategoryCode, v.Value, v.Unit)), baseYear, selected);
                Flemish = new FlemishComparison(change, reference.Indicator, reference.Value, reference.Unit, reference.Year, reference.Geography, reference.Source, DatasetKind.Co2Uitstoot, baseYear);
            }
        }
        if (Benchmark is null && dataset.Kind == DatasetKind.Huishoudafval)
        {
            var references = Circulair.Monitoring.FlemishScanReference.For(dataset.Kind, Circulair.Monitoring.StandardIndicatorSet.Instance);
            if ((references.LastOrDefault(r => r.Year <= selected) ?? references.LastOrDefault()) is { } reference)
            {
                var people = Population is { } pp ? new Dictionary<int, int> { [selected] = pp.Population } : [];
                var ownWaste = Circulair.Monitoring.ResidualWasteFeed.PerInhabitant(
                    ownAll.Where(v => v.Year == selected).Select(v => new Circulair.Monitoring.WasteFigure(v.Year, v.CategoryCode, v.Value, v.Unit)), people, null);
                Flemish = new FlemishComparison(ownWaste.Count > 0 ? ownWaste[0].Value : null, reference.Indicator, reference.Value, reference.Unit, reference.Year, reference.Geography, reference.Source);
            }
        }
        Rows = [.. shares.Select(r =>
        {
            double? bv = bench.TryGetValue(r.Code, out var x) ? x : null;
            double? bs = bv is { } bvv && BenchmarkTotal is > 0 ? bvv / BenchmarkTotal.Value : null;
            double? lq = bv is { } bvl && BenchmarkTotal is { } bt ? ScanAnalysis.LocationQuotient(r.Value, Total, bvl, bt) : null;
            return new CategoryRow(r.Code, Label(r.Code), r.Value, r.Share, r.InCoverage,
                Population is { } p ? Units.PerInhabitant(r.Value, unit, p.Population) : null, bv, bs, lq);
        })];
        CoverageShare = Rows.Where(r => r.InCoverage).Sum(r => r.Share);

        var illustrative = dataset.IsIllustrative ? " – " + t["Scan.Illustrative"].Value : "";
        var top = Rows.Take(ChartCategories).ToList();
        if (top.Count > 0)
        {
            List<ChartSeries> series = [new ChartSeries(Scope.Name, [.. top.Select(r => (double?)r.Share)])];
            if (BenchmarkName is not null)
            {
                series.Add(new ChartSeries(BenchmarkName, [.. top.Select(r => r.BenchmarkShare)]));
            }
            SharesChart = new ChartModel(ChartKind.Bar, "chart-shares", t["Scan.Analysis.SharesChartTitle", dataset.Name, selected] + illustrative,
                t["Scan.Analysis.SharesChartDesc", top[0].Label, top[0].Share.ToString("P0", culture), Coverage.Count, CoverageShare.ToString("P0", culture)],
                [.. top.Select(r => r.Label)], series, "", "P1", SourceLine, culture) { CategoryHeader = t["Scan.Analysis.Category"] };
        }

        // Trend over the years for the own area: total and the five largest categories of the selected year.
        var perYear = ownAll.Where(v => v.Unit == unit).GroupBy(v => v.Year).OrderBy(g => g.Key)
            .Select(g => (Year: g.Key, Values: Level(ScanAnalysis.CombineAreas(g)))).ToList();
        if (perYear.Count > 1)
        {
            var totals = perYear.Select(y => new YearValue(y.Year, y.Values.Where(v => v.Value > 0).Sum(v => v.Value))).ToList();
            Trend = ScanAnalysis.Trend(totals);
            var years = perYear.Select(y => y.Year.ToString(CultureInfo.InvariantCulture)).ToList();
            TrendChart = new ChartModel(ChartKind.Line, "chart-trend", t["Scan.Analysis.TrendChartTitle", dataset.Name, Scope.Name] + illustrative,
                Trend is { } tr ? t["Scan.Analysis.TrendChartDesc", tr.FirstYear, tr.LastYear, (tr.ChangeShare ?? 0).ToString("+0%;-0%;0%", culture)] : "",
                years, [new ChartSeries(t["Scan.Analysis.Total"], [.. totals.Select(v => (double?)v.Value)])], unit, "N0",
                t["Scan.Analysis.SourceYears", dataset.SourceName, perYear[0].Year, perYear[^1].Year], culture) { CategoryHeader = t["Scan.Analysis.Year"] };
            var five = Rows.Take(5).Select(r => r.Code).ToList();
            var stack = five.Select(code => new ChartSeries(Label(code), [.. perYear.Select(y => (double?)(y.Values.FirstOrDefault(v => v.Code == code)?.Value ?? 0))])).ToList();
            stack.Add(new ChartSeries(t["Scan.Analysis.Other"], [.. perYear.Select(y => (double?)y.Values.Where(v => !five.Contains(v.Code) && v.Value > 0).Sum(v => v.Value))]));
            StackChart = new ChartModel(ChartKind.StackedBar, "chart-stack", t["Scan.Analysis.StackChartTitle", dataset.Name, Scope.Name] + illustrative,
                t["Scan.Analysis.StackChartDesc"], years, stack, unit, "N0", t["Scan.Analysis.SourceYears", dataset.SourceName, perYear[0].Year, perYear[^1].Year], culture)
            { CategoryHeader = t["Scan.Analysis.Year"] };
        }

        Suggestions = [.. Coverage.SelectMany(r => OpportunityCatalog.ForCategory(dataset.Scheme, r.Code).Select(o => (o, r.Label)))
            .GroupBy(x => x.o.Id).Select(g => g.First()).Take(8)];
        return Page();
    }

    private IReadOnlyList<(string Value, string Label)> Options(ScanDatasetYear year, ScanScope scope)
    {
        var areas = year.Areas.Select(a => AreaRegistry.Instance.Find(a)).Where(a => a is not null).Select(a => a!).ToList();
        var list = new List<(string, string)>();
        list.AddRange(areas.Where(a => a.Kind is AreaKind.Region or AreaKind.Province).OrderBy(a => a.Kind).ThenBy(a => a.Name).Select(a => (a.Code, a.Name)));
        var others = areas.Where(a => a.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality && !scope.Expanded.Contains(a.Code)).ToList();
        if (scope.Profile is { BenchmarkAreas.Count: > 0 } p && others.Any(a => p.BenchmarkAreas.Contains(a.Code)))
        {
            list.Add(("chosen", string.Join(", ", others.Where(a => p.BenchmarkAreas.Contains(a.Code)).Select(a => a.Name))));
        }
        if (others.Count >= 2)
        {
            list.Add(("all", t["Scan.Analysis.AllMunicipalities", others.Count].Value));
        }
        return list;
    }

    private static IReadOnlyList<string> BenchmarkCodes(string benchmark, ScanDatasetYear year, ScanScope scope)
    {
        var others = year.Areas.Where(a => AreaRegistry.Instance.Find(a)?.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality && !scope.Expanded.Contains(a)).ToList();
        return benchmark switch
        {
            "all" => others,
            "chosen" => [.. others.Where(a => scope.Profile?.BenchmarkAreas.Contains(a) == true)],
            _ => [benchmark],
        };
    }
}
