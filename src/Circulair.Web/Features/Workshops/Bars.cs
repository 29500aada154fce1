using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Ranked horizontal bars as server-rendered SVG (widths are attributes, not inline style, so the CSP holds).
/// The SVG is decorative for assistive technology: the same numbers stand in a table beside it.
/// </summary>
public static class Bars
{
    public const int LabelMax = 70;

    public static string Svg(IReadOnlyList<(string Label, double Value, string Shown)> rows, double max)
    {
        const int width = 640;
        const int rowHeight = 46;
        var height = Math.Max(rowHeight, rows.Count * rowHeight);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg class=\"cx-bars__svg\" viewBox=\"0 0 {width} {height}\" aria-hidden=\"true\" focusable=\"false\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, value, shown) = rows[i];
            var y = i * rowHeight;
            var barWidth = max <= 0 ? 0 : Math.Round((width - 60) * value / max, 1);
            var text = label.Length > LabelMax ? label[..(LabelMax - 1)] + "…" : label;
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"cx-bars__label\" x=\"0\" y=\"{y + 16}\">{HtmlEncoder.Default.Encode(text)}</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"cx-bars__bar\" x=\"0\" y=\"{y + 22}\" width=\"{barWidth}\" height=\"18\"></rect>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"cx-bars__value\" x=\"{barWidth + 8}\" y=\"{y + 37}\">{HtmlEncoder.Default.Encode(shown)}</text>");
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
