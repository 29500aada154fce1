using Circulair.Library;

namespace Circulair.Core.Tests.Library;

public sealed class BenefitsEstimatorTests
{
    [Fact]
    public void The_reference_city_gets_the_guides_own_figures()
    {
        var e = BenefitsEstimator.For(BenefitsEstimator.ReferencePopulation);

        // Rounded outward to two significant figures: 245–255 stays within 240–260, 101–517 within 100–520.
        Assert.Equal(new EstimateRange(240, 260), e.Co2Kton);
        Assert.Equal(new EstimateRange(100, 520), e.MaterialsKton);
        Assert.Equal(new EstimateRange(31, 33), e.WindTurbines);
        Assert.Equal(new EstimateRange(7_600, 7_600), e.Jobs2020);
        Assert.Equal(new EstimateRange(40, 1_800), e.ExtraJobs2030);
        Assert.Equal(1.0, e.Factor);
    }

    [Fact]
    public void Scales_in_proportion_to_population_and_rounds_outward()
    {
        // Half the reference city: CO2 122.5–127.5 → 120–130; trucks 1,671–8,520 → 1,600–8,600; jobs 3,778.5 → 3,800.
        var e = BenefitsEstimator.For(60_000);

        Assert.Equal(new EstimateRange(120, 130), e.Co2Kton);
        Assert.Equal(new EstimateRange(1_600, 8_600), e.Trucks);
        Assert.Equal(new EstimateRange(3_800, 3_800), e.Jobs2020);
        Assert.Equal(new EstimateRange(20, 870), e.ExtraJobs2030);
    }

    [Fact]
    public void A_small_municipality_keeps_two_significant_figures_below_one()
    {
        // 1,200 inhabitants = 1 % of the reference: CO2 2.45–2.55 → 2.4–2.6 kton; turbines 0.31–0.33.
        var e = BenefitsEstimator.For(1_200);

        Assert.Equal(new EstimateRange(2.4, 2.6), e.Co2Kton);
        Assert.Equal(new EstimateRange(0.31, 0.33), e.WindTurbines);
        Assert.Equal(new EstimateRange(0.4, 18), e.ExtraJobs2030);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(BenefitsEstimator.MaxPopulation + 1)]
    public void Refuses_a_population_out_of_range(int population) =>
        Assert.Throws<DomainException>(() => BenefitsEstimator.For(population));

    [Theory]
    [InlineData(1234.0, MidpointRounding.ToNegativeInfinity, 1200.0)]
    [InlineData(1234.0, MidpointRounding.ToPositiveInfinity, 1300.0)]
    [InlineData(1250.0, MidpointRounding.AwayFromZero, 1300.0)]
    [InlineData(2.0, MidpointRounding.ToPositiveInfinity, 2.0)]
    [InlineData(0.0, MidpointRounding.ToPositiveInfinity, 0.0)]
    public void Rounds_to_two_significant_figures(double value, MidpointRounding direction, double expected) =>
        Assert.Equal(expected, BenefitsEstimator.RoundSignificant(value, direction));
}
