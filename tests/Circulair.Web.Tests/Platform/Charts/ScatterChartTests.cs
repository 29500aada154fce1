using System.Globalization;
using System.Xml.Linq;
using Circulair.Web.Platform.Charts;

namespace Circulair.Web.Tests.Platform.Charts;

public sealed class ScatterChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static ScatterChartModel Model(params ScatterPoint[] points) => new(
        "m1", "Acties naar impact en effort", "Twee acties.", "Effort", "Impact", 1, 5, 3,
        [new("Quick win", true, false), new("Groot project", true, true), new("Kleine verbetering", false, false), new("Vermijden", false, true)],
        points, "Nummer", "Actie", ["Impact", "Effort"], "Niets", CultureInfo.GetCultureInfo("nl-BE"));

    [Fact]
    public void Draws_accessible_svg_with_named_regions_threshold_lines_and_labelled_points()
    {
        var svg = XElement.Parse(SvgScatterRenderer.Render(Model(new ScatterPoint("7", "A01", "Opleiding", 2, 4, ["4", "2"]))));

        Assert.Equal("img", svg.Attribute("role")?.Value);
        Assert.Equal("m1-title m1-desc", svg.Attribute("aria-labelledby")?.Value);
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e => e.Attribute("style") is not null);
        Assert.Equal(["Quick win", "Groot project", "Kleine verbetering", "Vermijden"],
            svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "cx-scatter__region-name").Select(t => t.Value));
        Assert.Equal(2, svg.Descendants(Svg + "line").Count(l => ((string?)l.Attribute("class"))!.Contains("cx-scatter__threshold", StringComparison.Ordinal)));
        var point = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-key") == "7");
        Assert.Equal("A01", point.Element(Svg + "text")!.Value);
        // effort 2 → a quarter across the 480px plot from x=80; impact 4 → a quarter down from y=20.
        Assert.Equal("translate(200 140)", point.Attribute("transform")!.Value);
    }

    [Fact]
    public void Points_on_the_same_spot_are_set_apart_so_every_label_stays_readable()
    {
        var svg = XElement.Parse(SvgScatterRenderer.Render(Model(new ScatterPoint("1", "A01", "Een", 3, 3, []), new ScatterPoint("2", "A02", "Twee", 3, 3, []))));

        var positions = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-key") is not null).Select(g => g.Attribute("transform")!.Value).ToList();
        Assert.Equal(2, positions.Distinct().Count());
    }

    [Fact]
    public void The_data_table_lists_every_point_with_its_values_and_says_so_when_there_are_none()
    {
        var table = SvgScatterRenderer.Table(Model(new ScatterPoint("7", "A01", "Opleiding", 2, 4, ["4", "2"], "/a/7")));
        var empty = SvgScatterRenderer.Table(Model());

        Assert.Contains("<th scope=\"row\">A01</th><td><a href=\"/a/7\">Opleiding</a></td><td>4</td><td>2</td>", table, StringComparison.Ordinal);
        Assert.Contains("<caption", table, StringComparison.Ordinal);
        Assert.Contains("Niets", empty, StringComparison.Ordinal);
    }
}
