using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Circulair.Web.Platform.Charts;

/// <summary>One labelled point of a scatter chart.</summary>
/// <param name="Key">A stable identifier (e.g. an action id), written as data-key for enhancements.</param>
/// <param name="Label">The short label drawn beside the point (e.g. an action number).</param>
/// <param name="Name">The full name, for the point's tooltip and the table.</param>
/// <param name="Cells">The row of the data table after label and name, one cell per <see cref="ScatterChartModel.Columns"/>.</param>
/// <param name="Href">Where the table's row header links to, if anywhere.</param>
/// <param name="OwnX">The viewer's own value across, when the point is a mean of several people's (Tool 6: the rater's own scores).</param>
/// <param name="OwnY">The viewer's own value up.</param>
/// <param name="Ringed">Draws a ring around the point (Tool 6: done with neighbouring governments); the legend says what it means.</param>
/// <param name="Badge">A short sign after the label (Tool 6: "≠" for strong disagreement); the legend says what it means.</param>
public sealed record ScatterPoint(string Key, string Label, string Name, double X, double Y, IReadOnlyList<string> Cells, string? Href = null,
    double? OwnX = null, double? OwnY = null, bool Ringed = false, string? Badge = null)
{
    public bool HasOwn => OwnX is not null && OwnY is not null;
}

/// <summary>A named corner region of the chart, e.g. a quadrant of a matrix, drawn as a tinted area with its name.</summary>
public sealed record ScatterRegion(string Name, bool Top, bool Right);

/// <summary>
/// A scatter chart on a square scale from <paramref name="Min"/> to <paramref name="Max"/> on both axes, with lines at
/// <paramref name="Threshold"/> that split it into four regions (Tool 6's impact/effort matrix). Plain data, rendered
/// on the server as accessible SVG with a data table beside it (<see cref="ScatterChartTagHelper"/>).
/// </summary>
/// <param name="Columns">Headers of the table's columns after the label and name columns.</param>
public sealed record ScatterChartModel(
    string Id,
    string Title,
    string Description,
    string XLabel,
    string YLabel,
    double Min,
    double Max,
    double Threshold,
    IReadOnlyList<ScatterRegion> Regions,
    IReadOnlyList<ScatterPoint> Points,
    string LabelHeader,
    string NameHeader,
    IReadOnlyList<string> Columns,
    string EmptyText,
    CultureInfo Culture,
    string? OwnName = null);

/// <summary>
/// Draws a <see cref="ScatterChartModel"/>: role="img" with title and desc, tinted regions named in text, threshold
/// lines, ticks on both axes and each point with its label (colour by class only; the CSP forbids style attributes).
/// Points that share a position are set a little apart on a ring so every label stays readable. The plot geometry is
/// written as data attributes on the svg so an enhancement can turn a position back into values.
/// </summary>
public static class SvgScatterRenderer
{
    public const int Width = 640;
    public const int Height = 580;
    public const int Left = 80;
    public const int Top = 20;
    public const int Size = 480;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static double PixelX(ScatterChartModel m, double x) => Left + (x - m.Min) / (m.Max - m.Min) * Size;

    public static double PixelY(ScatterChartModel m, double y) => Top + Size - (y - m.Min) / (m.Max - m.Min) * Size;

    public static string Render(ScatterChartModel m) => WriteSvg(m, new StringBuilder(8192)).ToString();

    /// <summary>Appends the SVG to <paramref name="sb"/> (the tag helper writes the builder's chunks, never one large string).</summary>
    public static StringBuilder WriteSvg(ScatterChartModel m, StringBuilder sb)
    {
        var id = E(m.Id);
        sb.Append(Invariant, $"<svg class=\"cx-chart__svg cx-scatter\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\"");
        sb.Append(Invariant, $" data-min=\"{m.Min}\" data-max=\"{m.Max}\" data-left=\"{Left}\" data-top=\"{Top}\" data-size=\"{Size}\">");
        sb.Append(Invariant, $"<title id=\"{id}-title\">{E(m.Title)}</title><desc id=\"{id}-desc\">{E(m.Description)}</desc>");

        var tx = PixelX(m, m.Threshold);
        var ty = PixelY(m, m.Threshold);
        for (var i = 0; i < m.Regions.Count; i++)
        {
            var r = m.Regions[i];
            var x = r.Right ? tx : Left;
            var y = r.Top ? Top : ty;
            var w = r.Right ? Left + Size - tx : tx - Left;
            var h = r.Top ? ty - Top : Top + Size - ty;
            sb.Append(Invariant, $"<rect class=\"cx-scatter__region cx-scatter__region--{i}\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{w:0.##}\" height=\"{h:0.##}\"/>");
            var labelX = r.Right ? Left + Size - 8 : Left + 8;
            var anchor = r.Right ? "end" : "start";
            var labelY = r.Top ? Top + 22 : Top + Size - 10;
            sb.Append(Invariant, $"<text class=\"cx-scatter__region-name\" x=\"{labelX:0.##}\" y=\"{labelY:0.##}\" text-anchor=\"{anchor}\">{E(r.Name)}</text>");
        }
        for (var v = Math.Ceiling(m.Min); v <= m.Max; v++)
        {
            var x = PixelX(m, v);
            var y = PixelY(m, v);
            sb.Append(Invariant, $"<line class=\"cx-chart__grid\" x1=\"{x:0.##}\" y1=\"{Top}\" x2=\"{x:0.##}\" y2=\"{Top + Size}\"/>");
            sb.Append(Invariant, $"<line class=\"cx-chart__grid\" x1=\"{Left}\" y1=\"{y:0.##}\" x2=\"{Left + Size}\" y2=\"{y:0.##}\"/>");
            sb.Append(Invariant, $"<text class=\"cx-chart__tick\" x=\"{x:0.##}\" y=\"{Top + Size + 18}\" text-anchor=\"middle\">{E(v.ToString("0", m.Culture))}</text>");
            sb.Append(Invariant, $"<text class=\"cx-chart__tick\" x=\"{Left - 10}\" y=\"{y + 4:0.##}\" text-anchor=\"end\">{E(v.ToString("0", m.Culture))}</text>");
        }
        sb.Append(Invariant, $"<line class=\"cx-chart__threshold cx-scatter__threshold\" x1=\"{tx:0.##}\" y1=\"{Top}\" x2=\"{tx:0.##}\" y2=\"{Top + Size}\"/>");
        sb.Append(Invariant, $"<line class=\"cx-chart__threshold cx-scatter__threshold\" x1=\"{Left}\" y1=\"{ty:0.##}\" x2=\"{Left + Size}\" y2=\"{ty:0.##}\"/>");
        sb.Append(Invariant, $"<rect class=\"cx-scatter__frame\" x=\"{Left}\" y=\"{Top}\" width=\"{Size}\" height=\"{Size}\" fill=\"none\"/>");
        sb.Append(Invariant, $"<text class=\"cx-chart__label\" x=\"{Left + Size / 2}\" y=\"{Height - 14}\" text-anchor=\"middle\">{E(m.XLabel)}</text>");
        sb.Append(Invariant, $"<text class=\"cx-chart__label\" x=\"18\" y=\"{Top + Size / 2}\" text-anchor=\"middle\" transform=\"rotate(-90 18 {Top + Size / 2})\">{E(m.YLabel)}</text>");

        // The viewer's own points first, under the means: a hollow diamond joined to its mean by a thin line, so
        // a member who dragged a point sees where they put it and where the group stands.
        foreach (var p in m.Points.Where(p => p.HasOwn))
        {
            var (ownX, ownY) = (p.OwnX!.Value, p.OwnY!.Value);
            var ox = PixelX(m, ownX);
            var oy = PixelY(m, ownY);
            sb.Append(Invariant, $"<line class=\"cx-scatter__link\" x1=\"{ox:0.##}\" y1=\"{oy:0.##}\" x2=\"{PixelX(m, p.X):0.##}\" y2=\"{PixelY(m, p.Y):0.##}\"/>");
            sb.Append(Invariant, $"<g class=\"cx-scatter__own\" data-key=\"{E(p.Key)}\" data-label=\"{E(p.Label)}\" data-own-x=\"{ownX}\" data-own-y=\"{ownY}\" transform=\"translate({ox:0.##} {oy:0.##})\">");
            sb.Append(Invariant, $"<title>{E(p.Label)} {E(m.OwnName ?? "")}</title>");
            sb.Append("<rect class=\"cx-scatter__own-mark\" x=\"-7\" y=\"-7\" width=\"14\" height=\"14\" transform=\"rotate(45)\"/>");
            sb.Append("</g>");
        }

        var seen = new Dictionary<(double, double), int>();
        foreach (var p in m.Points)
        {
            var position = (Math.Round(p.X, 6), Math.Round(p.Y, 6));
            var k = seen.TryGetValue(position, out var n) ? n : 0;
            seen[position] = k + 1;
            var (dx, dy) = k == 0 ? (0.0, 0.0) : (14 * Math.Cos(k * Math.PI / 3), 14 * Math.Sin(k * Math.PI / 3));
            var x = PixelX(m, p.X) + dx;
            var y = PixelY(m, p.Y) + dy;
            var classes = "cx-scatter__point" + (p.Ringed ? " cx-scatter__point--ringed" : "") + (p.Badge is null ? "" : " cx-scatter__point--badged");
            sb.Append(Invariant, $"<g class=\"{classes}\" data-key=\"{E(p.Key)}\" data-label=\"{E(p.Label)}\" transform=\"translate({x:0.##} {y:0.##})\">");
            sb.Append(Invariant, $"<title>{E(p.Label)} {E(p.Name)}</title>");
            if (p.Ringed)
            {
                sb.Append("<circle class=\"cx-scatter__ring\" r=\"11\" cx=\"0\" cy=\"0\"/>");
            }
            sb.Append("<circle class=\"cx-scatter__dot\" r=\"7\" cx=\"0\" cy=\"0\"/>");
            var badge = p.Badge is null ? "" : $"<tspan class=\"cx-scatter__badge\"> {E(p.Badge)}</tspan>";
            sb.Append(Invariant, $"<text class=\"cx-scatter__label\" x=\"12\" y=\"-10\">{E(p.Label)}{badge}</text>");
            sb.Append("</g>");
        }
        return sb.Append("</svg>");
    }

    public static string Table(ScatterChartModel m) => WriteTable(m, new StringBuilder(4096)).ToString();

    /// <summary>Appends the data table to <paramref name="sb"/>.</summary>
    public static StringBuilder WriteTable(ScatterChartModel m, StringBuilder sb)
    {
        sb.Append("<div class=\"cx-table-wrap cx-chart__data\"><table class=\"cx-table cx-table--compact\">");
        sb.Append($"<caption class=\"cx-chart__table-caption\">{E(m.Title)}</caption>");
        sb.Append($"<thead><tr><th scope=\"col\">{E(m.LabelHeader)}</th><th scope=\"col\">{E(m.NameHeader)}</th>");
        foreach (var c in m.Columns)
        {
            sb.Append($"<th scope=\"col\">{E(c)}</th>");
        }
        sb.Append("</tr></thead><tbody>");
        if (m.Points.Count == 0)
        {
            sb.Append($"<tr><td colspan=\"{m.Columns.Count + 2}\">{E(m.EmptyText)}</td></tr>");
        }
        foreach (var p in m.Points)
        {
            var name = p.Href is { } href ? $"<a href=\"{E(href)}\">{E(p.Name)}</a>" : E(p.Name);
            sb.Append($"<tr data-key=\"{E(p.Key)}\"><th scope=\"row\">{E(p.Label)}</th><td>{name}</td>");
            foreach (var cell in p.Cells)
            {
                sb.Append($"<td>{E(cell)}</td>");
            }
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table></div>");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}

/// <summary><c>&lt;cx-scatter model="@chart" /&gt;</c>: a figure with the scatter SVG and its data table.</summary>
[HtmlTargetElement("cx-scatter", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ScatterChartTagHelper : TagHelper
{
    public required ScatterChartModel Model { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "figure";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "cx-chart cx-chart--scatter");
        output.Attributes.SetAttribute("aria-labelledby", Model.Id + "-caption");
        output.Content.AppendHtml($"<figcaption class=\"cx-chart__caption\" id=\"{WebUtility.HtmlEncode(Model.Id)}-caption\">{WebUtility.HtmlEncode(Model.Title)}</figcaption>");
        // A matrix of 1,000 actions is about 900 KB of markup: written as the builder's chunks (each under 8,000
        // characters), it never becomes one string on the large object heap, let alone the three copies that
        // concatenating it made.
        var sb = new StringBuilder(8192).Append("<div class=\"cx-chart__body\"><div class=\"cx-chart__graphic\">");
        SvgScatterRenderer.WriteSvg(Model, sb).Append("</div>");
        SvgScatterRenderer.WriteTable(Model, sb).Append("</div>");
        output.Content.AppendHtml(new ChunkedHtml(sb));
    }
}

/// <summary>Markup held in a <see cref="StringBuilder"/>, written to the page chunk by chunk.</summary>
public sealed class ChunkedHtml(StringBuilder html) : Microsoft.AspNetCore.Html.IHtmlContent
{
    public void WriteTo(TextWriter writer, System.Text.Encodings.Web.HtmlEncoder encoder)
    {
        foreach (var chunk in html.GetChunks())
        {
            writer.Write(chunk.Span);
        }
    }
}
