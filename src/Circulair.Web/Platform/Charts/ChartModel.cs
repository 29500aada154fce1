using System.Globalization;

namespace Circulair.Web.Platform.Charts;

public enum ChartKind
{
    /// <summary>Horizontal bars, one band per category, one bar per series (long category names read well).</summary>
    Bar = 1,

    /// <summary>Vertical columns, one per category (e.g. a year), the series stacked.</summary>
    StackedBar = 2,

    /// <summary>One line per series over the categories (e.g. years), with a distinct marker shape per series.</summary>
    Line = 3,

    /// <summary>One spoke per category, one closed polygon per series (e.g. the health check's nine building blocks).</summary>
    Radar = 4,
}

public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);

/// <summary>
/// A chart as plain data: what the SVG renderer draws and what the data table beside it lists. Built by a
/// feature (unit-testable without a browser), rendered on the server; the same model serves the page, print
/// and later the Word report.
/// </summary>
/// <param name="Description">One sentence for screen readers (the SVG's desc), e.g. what stands out.</param>
/// <param name="Categories">Labels along the category axis (bands for bars, x positions for columns and lines).</param>
/// <param name="ValueFormat">.NET numeric format for values, e.g. "N0", "N1", "P1".</param>
/// <param name="Source">Where the figures come from and their year; shown under the chart.</param>
public sealed record ChartModel(
    ChartKind Kind,
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string Unit,
    string ValueFormat,
    string? Source,
    CultureInfo Culture)
{
    /// <summary>Header of the category column in the data table.</summary>
    public string CategoryHeader { get; init; } = "";

    /// <summary>A fixed top of the value scale (a 1–5 score scale stays 5 whatever the scores); null picks a round top.</summary>
    public double? ScaleMax { get; init; }

    public string Format(double? value) => value is { } v ? v.ToString(ValueFormat, Culture) : "–";
}
