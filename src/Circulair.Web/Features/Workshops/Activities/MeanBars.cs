using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>One row of <see cref="MeanBars"/>: a criterion or building block with its mean and spread on the 1–5 scale.</summary>
/// <param name="Low">Drawn in the warning colour (a mean under the scale's middle).</param>
public sealed record MeanBar(string Label, double? Mean, double? ShownMean, double? Spread, int? Lowest, int? Highest, bool Low);

/// <summary>
/// Scores on a 1–5 scale for the projector (AMORE criteria, health-check blocks): per row a bar to the mean and over it
/// the spread, a line from the lowest to the highest score with a band of one standard deviation either side of the
/// mean. Drawn on the server (positions are attributes, so the CSP holds) and hidden from assistive technology: the
/// table beside it has the same numbers.
/// </summary>
public static class MeanBars
{
    private const int Min = 1;
    private const int Max = 5;
    private const int Width = 640;
    private const int Row = 56;
    private const int Left = 200;
    private const int Plot = Width - Left - 60;

    public static string Svg(IReadOnlyList<MeanBar> rows)
    {
        var inv = CultureInfo.InvariantCulture;
        var height = rows.Count * Row + 24;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg class=\"cx-bars__svg cx-amore-bars\" viewBox=\"0 0 {Width} {height}\" aria-hidden=\"true\" focusable=\"false\">");
        for (var v = Min; v <= Max; v++)
        {
            var x = X(v);
            sb.Append(inv, $"<line class=\"cx-chart__grid\" x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height - 20}\"/>");
            sb.Append(inv, $"<text class=\"cx-chart__tick\" x=\"{x:0.#}\" y=\"{height - 4}\" text-anchor=\"middle\">{v}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var c = rows[i];
            var y = i * Row;
            var label = c.Label.Length > 28 ? c.Label[..27] + "…" : c.Label;
            sb.Append(inv, $"<text class=\"cx-bars__label\" x=\"0\" y=\"{y + 32}\">{HtmlEncoder.Default.Encode(label)}</text>");
            if (c.Mean is not { } mean)
            {
                continue;
            }
            sb.Append(inv, $"<rect class=\"cx-bars__bar{(c.Low ? " cx-bars__bar--low" : "")}\" x=\"{Left}\" y=\"{y + 18}\" width=\"{X(mean) - Left:0.#}\" height=\"20\"></rect>");
            if (c.Lowest is { } low && c.Highest is { } high)
            {
                sb.Append(inv, $"<line class=\"cx-amore-bars__range\" x1=\"{X(low):0.#}\" y1=\"{y + 28}\" x2=\"{X(high):0.#}\" y2=\"{y + 28}\"/>");
                sb.Append(inv, $"<line class=\"cx-amore-bars__range\" x1=\"{X(low):0.#}\" y1=\"{y + 20}\" x2=\"{X(low):0.#}\" y2=\"{y + 36}\"/>");
                sb.Append(inv, $"<line class=\"cx-amore-bars__range\" x1=\"{X(high):0.#}\" y1=\"{y + 20}\" x2=\"{X(high):0.#}\" y2=\"{y + 36}\"/>");
            }
            if (c.Spread is { } sd && sd > 0)
            {
                var from = Math.Max(Min, mean - sd);
                var to = Math.Min(Max, mean + sd);
                sb.Append(inv, $"<rect class=\"cx-amore-bars__spread\" x=\"{X(from):0.#}\" y=\"{y + 24}\" width=\"{X(to) - X(from):0.#}\" height=\"8\"></rect>");
            }
            sb.Append(inv, $"<circle class=\"cx-amore-bars__mean\" cx=\"{X(mean):0.#}\" cy=\"{y + 28}\" r=\"6\"></circle>");
            sb.Append(inv, $"<text class=\"cx-bars__value\" x=\"{Left + Plot + 12}\" y=\"{y + 33}\">{(c.ShownMean ?? mean).ToString("0.0", CultureInfo.CurrentCulture)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static double X(double score) => Left + (score - Min) / (Max - Min) * Plot;
}
