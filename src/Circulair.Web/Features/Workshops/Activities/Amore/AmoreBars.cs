using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Circulair.Vision;

namespace Circulair.Web.Features.Workshops.Activities;

/// <summary>
/// The AMORE results for the projector: per criterion a bar to the mean on the 1–5 scale, and over it the spread, a
/// line from the lowest to the highest score with a mark at one standard deviation either side of the mean. Drawn
/// on the server (positions are attributes, so the CSP holds) and hidden from assistive technology: the table beside
/// it has the same numbers.
/// </summary>
public static class AmoreBars
{
    private const int Width = 640;
    private const int Row = 56;
    private const int Left = 170;
    private const int Plot = Width - Left - 60;

    public static string Svg(AmoreResults results, Func<AmoreCriterion, string> name)
    {
        var inv = CultureInfo.InvariantCulture;
        var height = results.Criteria.Count * Row + 24;
        var sb = new StringBuilder();
        sb.Append(inv, $"<svg class=\"cx-bars__svg cx-amore-bars\" viewBox=\"0 0 {Width} {height}\" aria-hidden=\"true\" focusable=\"false\">");
        for (var v = AmoreScores.Min; v <= AmoreScores.Max; v++)
        {
            var x = X(v);
            sb.Append(inv, $"<line class=\"cx-chart__grid\" x1=\"{x:0.#}\" y1=\"0\" x2=\"{x:0.#}\" y2=\"{height - 20}\"/>");
            sb.Append(inv, $"<text class=\"cx-chart__tick\" x=\"{x:0.#}\" y=\"{height - 4}\" text-anchor=\"middle\">{v}</text>");
        }
        for (var i = 0; i < results.Criteria.Count; i++)
        {
            var c = results.Criteria[i];
            var y = i * Row;
            sb.Append(inv, $"<text class=\"cx-bars__label\" x=\"0\" y=\"{y + 32}\">{HtmlEncoder.Default.Encode(name(c.Criterion))}</text>");
            if (c.Mean is not { } mean)
            {
                continue;
            }
            sb.Append(inv, $"<rect class=\"cx-bars__bar{(c.IsFlagged ? " cx-bars__bar--low" : "")}\" x=\"{Left}\" y=\"{y + 18}\" width=\"{X(mean) - Left:0.#}\" height=\"20\"></rect>");
            if (c.Lowest is { } low && c.Highest is { } high)
            {
                sb.Append(inv, $"<line class=\"cx-amore-bars__range\" x1=\"{X(low):0.#}\" y1=\"{y + 28}\" x2=\"{X(high):0.#}\" y2=\"{y + 28}\"/>");
                sb.Append(inv, $"<line class=\"cx-amore-bars__range\" x1=\"{X(low):0.#}\" y1=\"{y + 20}\" x2=\"{X(low):0.#}\" y2=\"{y + 36}\"/>");
                sb.Append(inv, $"<line class=\"cx-amore-bars__range\" x1=\"{X(high):0.#}\" y1=\"{y + 20}\" x2=\"{X(high):0.#}\" y2=\"{y + 36}\"/>");
            }
            if (c.Spread is { } sd && sd > 0)
            {
                var from = Math.Max(AmoreScores.Min, mean - sd);
                var to = Math.Min(AmoreScores.Max, mean + sd);
                sb.Append(inv, $"<rect class=\"cx-amore-bars__spread\" x=\"{X(from):0.#}\" y=\"{y + 24}\" width=\"{X(to) - X(from):0.#}\" height=\"8\"></rect>");
            }
            sb.Append(inv, $"<circle class=\"cx-amore-bars__mean\" cx=\"{X(mean):0.#}\" cy=\"{y + 28}\" r=\"6\"></circle>");
            sb.Append(inv, $"<text class=\"cx-bars__value\" x=\"{Left + Plot + 12}\" y=\"{y + 33}\">{(c.ShownMean ?? 0).ToString("0.0", CultureInfo.CurrentCulture)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static double X(double score) => Left + (score - AmoreScores.Min) / (AmoreScores.Max - AmoreScores.Min) * Plot;
}
