using Circulair.Monitoring;
using Circulair.Scan;

namespace Circulair.Core.Tests.Monitoring;

/// <summary>Issue 15 item 4: which shipped Flemish figure a scan dataset without a benchmark area is compared with.</summary>
public sealed class FlemishScanReferenceTests
{
    private static readonly StandardIndicatorSet Set = StandardIndicatorSet.Instance;

    [Fact]
    public void A_co2_dataset_is_compared_with_the_change_since_2011_of_the_covenant_municipalities()
    {
        var reference = Assert.Single(FlemishScanReference.For(DatasetKind.Co2Uitstoot, Set));

        Assert.Equal((FlemishScanReference.Co2ChangeIndicator, -5.0, 2021), (reference.Indicator, reference.Value, reference.Year));
        Assert.Equal(2011, FlemishScanReference.BaseYear(reference));
        Assert.Contains("Burgemeestersconvenant", reference.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Household_waste_keeps_residual_waste_per_inhabitant_and_other_kinds_have_no_comparable_figure()
    {
        var waste = FlemishScanReference.For(DatasetKind.Huishoudafval, Set);
        Assert.Equal([2016, 2021], waste.Select(r => r.Year));
        Assert.All(waste, r => Assert.Null(FlemishScanReference.BaseYear(r)));
        Assert.Empty(FlemishScanReference.For(DatasetKind.Tewerkstelling, Set));
        Assert.Empty(FlemishScanReference.For(DatasetKind.ToegevoegdeWaarde, Set));
        Assert.Empty(FlemishScanReference.For(DatasetKind.Andere, Set));
    }

    [Fact]
    public void The_own_change_is_that_of_the_territory_total_without_the_own_buildings_and_fleet()
    {
        ScanFigure[] figures =
        [
            new(2011, "huishoudens", 200_000, "ton"),
            new(2011, "transport", 100_000, "ton"),
            new(2011, ScanFeedRules.OwnBuildingsAndFleet, 9_000, "ton"),
            new(2015, "huishoudens", 1, "ton"),
            new(2021, "huishoudens", 180_000, "ton"),
            new(2021, "transport", 90_000, "ton"),
            new(2021, ScanFeedRules.OwnBuildingsAndFleet, 1_000, "ton"),
        ];

        Assert.Equal(-10.0, FlemishScanReference.Co2ChangeSince(figures, 2011, 2021));
        Assert.Null(FlemishScanReference.Co2ChangeSince(figures, 2010, 2021));  // no figure for the base year
        Assert.Null(FlemishScanReference.Co2ChangeSince(figures, 2011, 2022));  // none for the year shown
        Assert.Null(FlemishScanReference.Co2ChangeSince(figures, 2011, 2011));
    }
}
