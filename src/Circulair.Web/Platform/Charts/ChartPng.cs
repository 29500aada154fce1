using System.Globalization;
using System.Text.RegularExpressions;
using Circulair.Web.Platform.OpenXml;
using SkiaSharp;
using Svg.Skia;

namespace Circulair.Web.Platform.Charts;

/// <summary>
/// Our SVG charts as PNG for Word reports (Word and LibreOffice both show PNG; SVG inside a .docx is not shown by
/// every reader). The SVG colours its parts by class only (the CSP forbids style attributes on pages), so the house
/// chart rules are put inside the SVG as a style element before Svg.Skia draws it, at twice the size for sharp print.
/// </summary>
public static partial class ChartPng
{
    /// <summary>Drawn at this multiple of the SVG's size: 1,440 pixels across for a 720-wide chart.</summary>
    public const float Scale = 2f;

    // The chart rules of circulair.css that matter on paper, with a font every platform can resolve.
    private const string Style = """
        <style>
        text { font-family: 'DejaVu Sans', 'Liberation Sans', Arial, sans-serif; font-size: 12px; fill: #1b1b1b; }
        .cx-chart__grid { stroke: #d5dbd8; stroke-width: 1; fill: none; }
        .cx-chart__axis { stroke: #1b1b1b; stroke-width: 1.5; fill: none; }
        .cx-chart__threshold { stroke: #b3261e; stroke-width: 2; stroke-dasharray: 4 3; fill: none; }
        .cx-chart__ring { fill: none; stroke: #d5dbd8; stroke-width: 1; }
        .cx-chart__line { stroke-width: 2.5; fill: none; }
        .cx-chart__marker { stroke: #ffffff; stroke-width: 1; }
        .cx-chart__area { fill-opacity: 0.12; stroke-width: 2.5; stroke-linejoin: round; }
        .cx-chart__area--dashed { stroke-dasharray: 7 4; }
        .cx-chart__bar--flagged { fill: #8a5a00; }
        .cx-chart__series--0 { fill: #0b5f4a; stroke: #0b5f4a; }
        .cx-chart__series--1 { fill: #8a4b08; stroke: #8a4b08; }
        .cx-chart__series--2 { fill: #1f4e9e; stroke: #1f4e9e; }
        .cx-chart__series--3 { fill: #8e1f5f; stroke: #8e1f5f; }
        .cx-chart__series--4 { fill: #52606d; stroke: #52606d; }
        .cx-chart__series--5 { fill: #5b7b0f; stroke: #5b7b0f; }
        .cx-chart__series--6 { fill: #6a3d9a; stroke: #6a3d9a; }
        .cx-chart__series--7 { fill: #a4262c; stroke: #a4262c; }
        .cx-chart__line.cx-chart__series--0, .cx-chart__line.cx-chart__series--1, .cx-chart__line.cx-chart__series--2,
        .cx-chart__line.cx-chart__series--3, .cx-chart__line.cx-chart__series--4, .cx-chart__line.cx-chart__series--5,
        .cx-chart__line.cx-chart__series--6, .cx-chart__line.cx-chart__series--7 { fill: none; }
        </style>
        """;

    /// <summary>Draws an SVG chart as PNG; returns the bytes and the size in pixels at 1× (the display size).</summary>
    public static (byte[] Png, int Width, int Height) Render(string svgMarkup)
    {
        var (width, height) = SizeOf(svgMarkup);
        var styled = OpeningTag().Replace(svgMarkup, m => m.Value + Style, 1);
        using var svg = new SKSvg();
        svg.FromSvg(styled);
        using var output = new MemoryStream();
        if (svg.Picture is null || !svg.Save(output, SKColors.White, SKEncodedImageFormat.Png, 100, Scale, Scale))
        {
            throw new InvalidOperationException("The chart could not be drawn as PNG.");
        }
        return (output.ToArray(), width, height);
    }

    /// <summary>
    /// The document for Word: every chart becomes its PNG (title as caption, description as alt text) followed by its
    /// data table and source, so the numbers are in the document as text too.
    /// </summary>
    public static DocumentModel ForWord(DocumentModel model, SvgChartRenderer renderer)
    {
        if (!model.Blocks.Any(b => b is ChartBlock))
        {
            return model;
        }
        var blocks = new List<DocumentBlock>(model.Blocks.Count + 8);
        foreach (var block in model.Blocks)
        {
            if (block is not ChartBlock { Chart: var chart })
            {
                blocks.Add(block);
                continue;
            }
            var (png, width, height) = Render(renderer.Render(chart));
            blocks.Add(new ImageBlock(png, width, height, $"{chart.Title}. {chart.Description}", chart.Title));
            blocks.Add(DataTable(chart));
            if (chart.Source is { Length: > 0 } source)
            {
                blocks.Add(new ParagraphBlock(source, Quiet: true));
            }
        }
        return model with { Blocks = blocks };
    }

    /// <summary>The chart's numbers as a table: one row per category, one column per series (as the page's data table).</summary>
    public static TableBlock DataTable(ChartModel chart) => new(
        chart.Unit.Length > 0 ? $"{chart.Title} ({chart.Unit})" : chart.Title,
        [chart.CategoryHeader, .. chart.Series.Select(s => s.Name)],
        [.. chart.Categories.Select((c, i) => (IReadOnlyList<string>)[c, .. chart.Series.Select(s => chart.Format(i < s.Values.Count ? s.Values[i] : null))])],
        [false, .. chart.Series.Select(_ => true)]);

    private static (int Width, int Height) SizeOf(string svg)
    {
        var tag = OpeningTag().Match(svg).Value;
        return (Attribute(tag, "width") ?? SvgChartRenderer.Width, Attribute(tag, "height") ?? 400);
    }

    private static int? Attribute(string tag, string name)
    {
        var m = Regex.Match(tag, $"\\s{name}=\"([0-9.]+)\"", RegexOptions.CultureInvariant);
        return m.Success ? (int)Math.Round(double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)) : null;
    }

    [GeneratedRegex("<svg\\b[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningTag();
}
