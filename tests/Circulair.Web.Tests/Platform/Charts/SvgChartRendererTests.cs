using System.Globalization;
using System.Xml.Linq;
using Circulair.Web.Platform.Charts;

namespace Circulair.Web.Tests.Platform.Charts;

public sealed class SvgChartRendererTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ChartModel Model(ChartKind kind, params ChartSeries[] series) =>
        new(kind, "c1", "Afval per fractie", "Restafval is de grootste fractie.", ["Restafval", "Gft", "Papier & karton"], series, "ton", "N0", "Bron: test", Dutch) { CategoryHeader = "Fractie" };

    [Theory]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.StackedBar)]
    [InlineData(ChartKind.Line)]
    public void Draws_accessible_svg_with_title_description_and_class_colours_only(ChartKind kind)
    {
        var svg = XElement.Parse(new SvgChartRenderer().Render(Model(kind, new ChartSeries("2023", [6800, 3400, 2900]), new ChartSeries("2022", [7000, null, 2800]))));

        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.Equal("c1-title c1-desc", svg.Attribute("aria-labelledby")?.Value);
        Assert.Equal("Afval per fractie", svg.Element(Svg + "title")?.Value);
        Assert.Equal("Restafval is de grootste fractie.", svg.Element(Svg + "desc")?.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("class") is { } c && c.Contains("cx-chart__series--1", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "2022"); // the legend names each series in text
    }

    [Fact]
    public void Draws_one_bar_per_value_scaled_to_the_largest_and_labels_it()
    {
        var svg = XElement.Parse(new SvgChartRenderer().Render(Model(ChartKind.Bar, new ChartSeries("2023", [6800, 3400, 0]))));

        var bars = svg.Descendants(Svg + "rect").Where(r => r.Attribute("class")!.Value.Contains("cx-chart__bar", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, bars.Count);
        var widths = bars.Select(b => double.Parse(b.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(widths[0] / 2, widths[1], 1);
        Assert.Equal(0, widths[2]);
        Assert.Equal("Restafval: 6.800 ton", bars[0].Element(Svg + "title")!.Value);
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "6.800");
    }

    [Fact]
    public void Gives_each_line_series_its_own_marker_shape()
    {
        var svg = XElement.Parse(new SvgChartRenderer().Render(Model(ChartKind.Line, new ChartSeries("A", [1, 2, 3]), new ChartSeries("B", [3, 2, 1]))));

        Assert.Equal(2, svg.Descendants(Svg + "polyline").Count());
        Assert.Contains(svg.Descendants(Svg + "circle"), c => c.Attribute("class")!.Value.Contains("series--0", StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "rect"), c => c.Attribute("class")!.Value.Contains("cx-chart__marker cx-chart__series--1", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_every_number_in_a_data_table_with_a_caption_and_headers()
    {
        var table = ChartTagHelper.Table(Model(ChartKind.Bar, new ChartSeries("2023", [6800.4, 3400, null])));

        Assert.Contains("<caption class=\"cx-chart__table-caption\" id=\"c1-data-caption\">Afval per fractie (ton)</caption>", table, StringComparison.Ordinal);
        // The table scrolls in its box when long: a region named by the caption, reachable by keyboard.
        Assert.StartsWith("<div class=\"cx-table-wrap cx-chart__data\" role=\"region\" tabindex=\"0\" aria-labelledby=\"c1-data-caption\">", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Fractie</th>", table, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Papier &amp; karton</th><td class=\"cx-table__num\">–</td>", table, StringComparison.Ordinal);
        Assert.Contains(">6.800<", table, StringComparison.Ordinal);
    }

    [Fact]
    public void Chooses_round_ticks()
    {
        var (ticks, top) = SvgChartRenderer.Ticks(0, 6800);

        Assert.Equal([0, 2000, 4000, 6000, 8000], ticks);
        Assert.Equal(8000, top);
    }

    [Fact]
    public void Labels_the_axis_of_a_percent_chart_in_percent()
    {
        var model = new ChartModel(ChartKind.Bar, "c2", "Aandeel", "", ["a", "b"], [new ChartSeries("x", [0.093, 0.112])], "", "P1", null, Dutch);

        var svg = XElement.Parse(new SvgChartRenderer().Render(model));

        var ticks = svg.Descendants(Svg + "text").Where(t => t.Attribute("class")?.Value == "cx-chart__tick").Select(t => t.Value).ToList();
        Assert.Equal(["0%", "2,5%", "5%", "7,5%", "10%", "12,5%"], ticks);
    }
}
