using Circulair.Monitoring;
using Circulair.Scan;

namespace Circulair.Core.Tests.Monitoring;

public sealed class ResidualWasteFeedTests
{
    [Fact]
    public void Divides_the_residual_waste_by_that_years_population_or_else_the_fixed_figure()
    {
        var values = ResidualWasteFeed.PerInhabitant(
            [new WasteFigure(2022, "restafval", 6800, Units.Tonnes), new WasteFigure(2022, "gft", 3400, Units.Tonnes), new WasteFigure(2023, "restafval", 6600, Units.Tonnes)],
            new Dictionary<int, int> { [2022] = 48000 }, 50000);

        Assert.Equal([new FedValue(2022, 141.7, false), new FedValue(2023, 132, true)], values);
    }

    [Fact]
    public void Adds_the_parts_when_a_file_has_no_total_and_takes_a_figure_per_inhabitant_as_it_is()
    {
        var values = ResidualWasteFeed.PerInhabitant(
            [new WasteFigure(2021, "huisvuil", 5000, Units.Tonnes), new WasteFigure(2021, "grofvuil", 1000, Units.Tonnes), new WasteFigure(2020, "restafval", 139.4, Units.KgPerInhabitant)],
            new Dictionary<int, int> { [2021] = 40000 }, null);

        Assert.Equal([new FedValue(2020, 139.4, false), new FedValue(2021, 150, false)], values);
    }

    [Fact]
    public void Skips_a_year_without_any_population()
    {
        Assert.Empty(ResidualWasteFeed.PerInhabitant([new WasteFigure(2021, "restafval", 10, Units.Tonnes)], new Dictionary<int, int>(), null));
    }
}
