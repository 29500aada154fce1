using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Circulair.Vision;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Html;

namespace Circulair.Web.Features.Vision.Amore;

/// <summary>
/// A horizontal bar chart of the mean per criterion on the 1–5 scale, with a dashed line at 3, as inline SVG.
/// Decorative for assistive technology (the table beside it carries the numbers); flagged bars also get a "!"
/// so the flag is not told by colour alone.
/// </summary>
public static class AmoreChart
{
    private const int BarHeight = 28, Gap = 12, LabelWidth = 150, ChartWidth = 300, Top = 24;

    public static IHtmlContent Render(AmoreResults results, Text t)
    {
        var criteria = results.Criteria;
        var height = Top + criteria.Count * (BarHeight + Gap) + 8;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {LabelWidth + ChartWidth + 60} {height}\" aria-hidden=\"true\" focusable=\"false\" class=\"cx-chart__svg\">"));
        for (var tick = AmoreScores.Min; tick <= AmoreScores.Max; tick++)
        {
            var x = X(tick);
            svg.Append(Invariant($"<line x1=\"{x}\" y1=\"{Top - 6}\" x2=\"{x}\" y2=\"{height - 8}\" class=\"{(tick == 3 ? "cx-chart__threshold" : "cx-chart__grid")}\"/>"));
            svg.Append(Invariant($"<text x=\"{x}\" y=\"{Top - 10}\" text-anchor=\"middle\" class=\"cx-chart__tick\">{tick}</text>"));
        }
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            var y = Top + i * (BarHeight + Gap);
            var width = c.ShownMean is { } mean ? Math.Max(2, X(mean) - LabelWidth) : 0;
            var label = HtmlEncoder.Default.Encode(t.Enum(c.Criterion));
            var value = c.ShownMean is { } m ? m.ToString("0.0", CultureInfo.CurrentCulture) + (c.IsFlagged ? " !" : "") : "–";
            svg.Append(Invariant($"<text x=\"{LabelWidth - 8}\" y=\"{y + BarHeight / 2 + 5}\" text-anchor=\"end\" class=\"cx-chart__label\">{label}</text>"));
            svg.Append(Invariant($"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" class=\"cx-chart__bar{(c.IsFlagged ? " cx-chart__bar--flagged" : "")}\"/>"));
            svg.Append(Invariant($"<text x=\"{LabelWidth + width + 6}\" y=\"{y + BarHeight / 2 + 5}\" class=\"cx-chart__value\">{HtmlEncoder.Default.Encode(value)}</text>"));
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static double X(double score) => LabelWidth + ChartWidth * (score - AmoreScores.Min) / (AmoreScores.Max - AmoreScores.Min);

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
