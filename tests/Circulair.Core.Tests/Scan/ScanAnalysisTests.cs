using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class ScanAnalysisTests
{
    [Fact]
    public void Computes_shares_largest_first()
    {
        var shares = ScanAnalysis.Shares([new("a", 10), new("b", 30), new("c", 60)]);

        Assert.Equal(["c", "b", "a"], shares.Select(s => s.Code));
        Assert.Equal([0.6, 0.3, 0.1], shares.Select(s => Math.Round(s.Share, 10)));
    }

    [Fact]
    public void Finds_the_categories_that_together_make_up_75_percent_as_in_the_guides_waste_example()
    {
        // Shares as in the guide's Figure 8: household waste 33 %, paper and cardboard 15 %, glass 14 %, organic 13 %, the rest smaller.
        CategoryValue[] waste = [new("restafval", 33), new("papier-karton", 15), new("verpakkingsglas", 14), new("gft", 13), new("pmd", 9), new("groenafval", 8), new("textiel", 5), new("hout", 3)];

        var coverage = ScanAnalysis.Coverage(waste);

        Assert.Equal(["restafval", "papier-karton", "verpakkingsglas", "gft"], coverage.Select(c => c.Code));
        Assert.Equal(0.75, coverage.Sum(c => c.Share), 9);
    }

    [Fact]
    public void Includes_the_category_that_crosses_the_threshold()
    {
        var coverage = ScanAnalysis.Coverage([new("a", 50), new("b", 20), new("c", 20), new("d", 10)]);

        Assert.Equal(["a", "b", "c"], coverage.Select(c => c.Code));
    }

    [Fact]
    public void Gives_values_per_inhabitant_in_a_readable_scale()
    {
        var waste = Units.PerInhabitant(6800, "ton", 48350)!;
        var jobs = Units.PerInhabitant(21000, "banen", 48350)!;
        var co2 = Units.PerInhabitant(96700, "ton CO2", 48350)!;

        Assert.Equal(140.64, waste.Value, 2);
        Assert.Equal(Units.KgPerInhabitant, waste.Unit);
        Assert.Equal(434.33, jobs.Value, 2);
        Assert.Equal(1000, jobs.PerInhabitants);
        Assert.Equal(2.0, co2.Value, 2);
        Assert.Null(Units.PerInhabitant(140, "kg/inwoner", 48350));
        Assert.Null(Units.PerInhabitant(140, "ton", 0));
    }

    [Fact]
    public void Computes_the_location_quotient()
    {
        // 2,950 of 21,000 local jobs in construction against 195,000 of 2,160,000 in Flanders.
        var lq = ScanAnalysis.LocationQuotient(2950, 21000, 195000, 2160000);

        Assert.Equal(1.556, lq!.Value, 3);
        Assert.Null(ScanAnalysis.LocationQuotient(10, 100, 0, 1000));
        Assert.Null(ScanAnalysis.LocationQuotient(10, 0, 10, 1000));
    }

    [Fact]
    public void Counts_nace_divisions_instead_of_sections_and_never_counts_totals()
    {
        var nace = CategoryCatalog.For(CategoryScheme.NaceBel2008);
        var leaves = ScanAnalysis.Leaves(nace, [new("F", 300), new("41", 100), new("43", 200)]);
        var sections = ScanAnalysis.Sections(nace, [new("41", 100), new("43", 200), new("47", 50)]);
        var waste = ScanAnalysis.Leaves(CategoryCatalog.For(CategoryScheme.OvamWasteFractions), [new("restafval", 10), new("eindtotaal", 30), new("gft", 20)]);

        Assert.Equal(["41", "43"], leaves.Select(l => l.Code));
        Assert.Equal([("F", 300.0), ("G", 50.0)], sections.Select(s => (s.Code, s.Value)));
        Assert.Equal(["restafval", "gft"], waste.Select(w => w.Code));
        Assert.Equal(["A", "F"], ScanAnalysis.Leaves(nace, [new("A", 1), new("F", 2)]).Select(l => l.Code));
    }

    [Fact]
    public void Adds_counts_of_merged_municipalities_and_weights_rates_by_population()
    {
        // Antwerpen (11002, 529,247 in 2020) and Borsbeek (11007, 10,949): one territory since 2025.
        AreaValue[] tonnes = [new("11002", "gft", 2022, 1000, "ton"), new("11007", "gft", 2022, 100, "ton")];
        AreaValue[] rates = [new("11002", "gft", 2022, 100, "kg/inwoner"), new("11007", "gft", 2022, 200, "kg/inwoner")];

        Assert.Equal(1100, ScanAnalysis.Combine(tonnes));
        var weighted = ScanAnalysis.Combine(rates);
        Assert.InRange(weighted, 100, 105);
    }

    [Fact]
    public void Summarises_a_trend()
    {
        var trend = ScanAnalysis.Trend([new(2021, 110), new(2019, 100), new(2023, 121)])!;

        Assert.Equal((2019, 2023), (trend.FirstYear, trend.LastYear));
        Assert.Equal(0.21, trend.ChangeShare!.Value, 9);
        Assert.Equal(0.0488, trend.AnnualGrowth!.Value, 4);
        Assert.Null(ScanAnalysis.Trend([new(2020, 5)]));
    }
}
