using Circulair.Monitoring;
using Circulair.Regions.Benchmark;

namespace Circulair.Core.Tests.Regions;

public sealed class BenchmarkCalculatorTests
{
    private static BenchmarkMember Member(int id, string name, bool shares, int? population = null, params (int Year, double Value)[] values) =>
        new(id, name, shares, values.ToDictionary(v => v.Year, v => v.Value), new Dictionary<int, int>(), population);

    [Theory]
    [InlineData("kg/inw/jaar", BenchmarkScale.AsMeasured)]
    [InlineData("%", BenchmarkScale.AsMeasured)]
    [InlineData("% van de jobs", BenchmarkScale.AsMeasured)]
    [InlineData("t CO2/inw", BenchmarkScale.AsMeasured)]
    [InlineData("t CO2/jaar", BenchmarkScale.PerInhabitant)]
    [InlineData("EUR/jaar", BenchmarkScale.PerInhabitant)]
    [InlineData("aantal", BenchmarkScale.PerTenThousandInhabitants)]
    [InlineData("aantal/jaar", BenchmarkScale.PerTenThousandInhabitants)]
    [InlineData("VTE", BenchmarkScale.PerTenThousandInhabitants)]
    public void The_unit_says_whether_a_figure_is_compared_per_inhabitant(string unit, BenchmarkScale expected) =>
        Assert.Equal(expected, BenchmarkScaleRules.ForUnit(unit));

    [Fact]
    public void Totals_are_divided_by_the_inhabitants_of_that_year_else_the_organisations_own_figure()
    {
        var withYears = new BenchmarkMember(1, "A", true, new Dictionary<int, double> { [2023] = 50_000 },
            new Dictionary<int, int> { [2023] = 25_000 }, 40_000);
        var fixedOnly = Member(2, "B", true, 10_000, (2023, 30_000));

        var result = BenchmarkCalculator.Compute("CO2-TOTAAL", "t CO2/jaar", IndicatorDirection.LowerIsBetter, [withYears, fixedOnly], null, null);

        Assert.Equal(BenchmarkScale.PerInhabitant, result.Scale);
        Assert.Equal([("A", 2.0, 25_000), ("B", 3.0, 10_000)], result.Rows.Select(r => (r.Name, r.Value, r.Population!.Value)));
    }

    [Fact]
    public void Counts_go_per_ten_thousand_inhabitants()
    {
        var result = BenchmarkCalculator.Compute("PILOTS", "aantal", IndicatorDirection.HigherIsBetter, [Member(1, "A", true, 20_000, (2024, 3))], null, null);

        Assert.Equal(1.5, result.Rows.Single().Value, 10);
    }

    [Fact]
    public void Rank_follows_the_direction_and_equal_values_share_a_rank()
    {
        var members = new[]
        {
            Member(1, "A", true, null, (2024, 120)), Member(2, "B", true, null, (2024, 95)),
            Member(3, "C", true, null, (2024, 120)), Member(4, "D", true, null, (2024, 150)),
        };

        var lower = BenchmarkCalculator.Compute("RESTAFVAL", "kg/inw/jaar", IndicatorDirection.LowerIsBetter, members, 2024, null);
        var higher = BenchmarkCalculator.Compute("RESTAFVAL", "kg/inw/jaar", IndicatorDirection.HigherIsBetter, members, 2024, null);

        Assert.Equal([("B", 1), ("A", 2), ("C", 2), ("D", 4)], lower.Rows.Select(r => (r.Name, r.Rank)));
        Assert.Equal([("D", 1), ("A", 2), ("C", 2), ("B", 4)], higher.Rows.Select(r => (r.Name, r.Rank)));
    }

    [Fact]
    public void Members_that_do_not_share_are_counted_but_not_shown()
    {
        var members = new[]
        {
            Member(1, "A", true, null, (2024, 120)), Member(2, "Geheim", false, null, (2024, 10)),
            Member(3, "C", true, null, (2023, 130)), Member(4, "Ook geheim", false),
        };

        var result = BenchmarkCalculator.Compute("RESTAFVAL", "kg/inw/jaar", IndicatorDirection.LowerIsBetter, members, 2024, null);

        Assert.Equal(["A"], result.Rows.Select(r => r.Name));
        Assert.Equal(4, result.Members);
        Assert.Equal(2, result.NotSharing);
        Assert.Equal(1, result.WithoutValue);
        Assert.Equal([2023, 2024], result.Years);
        Assert.DoesNotContain(result.Rows, r => r.Value == 10);
    }

    [Fact]
    public void A_figure_that_needs_inhabitants_that_are_unknown_is_counted_apart_and_not_ranked()
    {
        var result = BenchmarkCalculator.Compute("BUDGET", "EUR/jaar", IndicatorDirection.HigherIsBetter,
            [Member(1, "A", true, 1000, (2024, 5000)), Member(2, "B", true, null, (2024, 9000))], null, null);

        Assert.Equal(["A"], result.Rows.Select(r => r.Name));
        Assert.Equal(1, result.WithoutPopulation);
    }

    [Fact]
    public void A_member_sees_the_others_only_when_it_shares_the_indicator_itself()
    {
        var members = new[] { Member(1, "A", true, null, (2024, 120)), Member(2, "B", false, null, (2024, 90)), Member(3, "C", true, null, (2024, 100)) };

        var asSharer = BenchmarkCalculator.Compute("RESTAFVAL", "kg/inw/jaar", IndicatorDirection.LowerIsBetter, members, null, 1);
        var asNonSharer = BenchmarkCalculator.Compute("RESTAFVAL", "kg/inw/jaar", IndicatorDirection.LowerIsBetter, members, null, 2);

        Assert.Equal([("C", false), ("A", true)], asSharer.Rows.Select(r => (r.Name, r.IsViewer)));
        Assert.True(asNonSharer.ViewerMustShare);
        Assert.Empty(asNonSharer.Rows);
        Assert.Null(asNonSharer.Distribution);
        Assert.Equal((3, 1), (asNonSharer.Members, asNonSharer.NotSharing));
    }

    [Fact]
    public void Without_a_year_the_latest_year_with_a_shared_figure_is_compared()
    {
        var result = BenchmarkCalculator.Compute("RESTAFVAL", "kg/inw/jaar", IndicatorDirection.LowerIsBetter,
            [Member(1, "A", true, null, (2022, 120), (2023, 118)), Member(2, "B", false, null, (2025, 90))], null, null);

        Assert.Equal(2023, result.Year);
        Assert.Equal(118, result.Rows.Single().Value);
    }

    [Fact]
    public void The_distribution_holds_quartiles_by_interpolation_and_the_mean()
    {
        var d = BenchmarkDistribution.Of([4, 1, 3, 2, 10])!;

        Assert.Equal((5, 1.0, 2.0, 3.0, 4.0, 10.0, 4.0), (d.Count, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean));
        Assert.Equal(2.5, BenchmarkDistribution.Quantile([1, 2, 3, 4], 0.5));
        Assert.Null(BenchmarkDistribution.Of([]));
    }

    [Fact]
    public void The_flemish_reference_is_the_latest_up_to_the_year()
    {
        FlemishReferenceValue R(int year, double value) => new("Household residual waste", value, "kg/inhabitant/year", year, "Vlaams Gewest", "OVAM");
        var references = new[] { R(2016, 150), R(2021, 140) };

        Assert.Equal(140, BenchmarkCalculator.ReferenceFor(references, 2024)!.Value);
        Assert.Equal(150, BenchmarkCalculator.ReferenceFor(references, 2019)!.Value);
        Assert.Equal(150, BenchmarkCalculator.ReferenceFor(references, 2010)!.Value);
    }
}
