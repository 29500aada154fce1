using System.Globalization;
using System.Net;
using System.Text;
using Circulair.Library;
using Circulair.Library.Profile;
using Circulair.Reference;

namespace Circulair.Web.Features.Library.Profile;

/// <summary>
/// The circularity profile as an inline SVG heat map: R-ladder strategies as rows (R0 on top, the most circular),
/// value-chain steps as columns, each cell shaded by its count in five steps and showing the count itself, so the
/// map never speaks through colour alone. Colours come from classes (the CSP allows no inline styles); the page puts
/// the same counts in a table.
/// </summary>
public static class HeatMapSvg
{
    private const int LabelWidth = 190, HeaderHeight = 48, CellWidth = 92, CellHeight = 30;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>The shade of a count: 0 for empty, 1–5 in proportion to the fullest cell.</summary>
    public static int Shade(int count, int max) => count == 0 || max == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(5.0 * count / max));

    public static string Render(CircularityProfile profile, IReadOnlyList<string> stepLabels, string title, string description)
    {
        var steps = Enum.GetValues<ValueChainStep>();
        var width = LabelWidth + CellWidth * steps.Length + 2;
        var height = HeaderHeight + CellHeight * RLadder.All.Count + 2;
        var sb = new StringBuilder(8192);
        sb.Append(Invariant, $"<svg class=\"cx-heatmap__svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\" focusable=\"false\">");
        sb.Append(Invariant, $"<title id=\"heatmap-title\">{E(title)}</title><desc id=\"heatmap-desc\">{E(description)}</desc>");
        for (var c = 0; c < steps.Length; c++)
        {
            var x = LabelWidth + c * CellWidth + CellWidth / 2;
            sb.Append(Invariant, $"<text class=\"cx-heatmap__head\" x=\"{x}\" y=\"{HeaderHeight - 12}\" text-anchor=\"middle\">{E(stepLabels[c])}</text>");
        }
        for (var r = 0; r < RLadder.All.Count; r++)
        {
            var rung = RLadder.All[r];
            var y = HeaderHeight + r * CellHeight;
            sb.Append(Invariant, $"<text class=\"cx-heatmap__label\" x=\"4\" y=\"{y + CellHeight / 2 + 5}\">{E(Short($"{rung.Code} {rung.Name}", 26))}</text>");
            for (var c = 0; c < steps.Length; c++)
            {
                var cell = profile.Cell(rung.Code, steps[c]);
                var x = LabelWidth + c * CellWidth;
                var shade = Shade(cell.Count, profile.Max);
                sb.Append(Invariant, $"<rect class=\"cx-heat cx-heat--{shade}\" x=\"{x + 1}\" y=\"{y + 1}\" width=\"{CellWidth - 2}\" height=\"{CellHeight - 2}\" rx=\"3\"/>");
                if (cell.Count > 0)
                {
                    sb.Append(Invariant, $"<text class=\"cx-heat__count cx-heat__count--{shade}\" x=\"{x + CellWidth / 2}\" y=\"{y + CellHeight / 2 + 5}\" text-anchor=\"middle\">{cell.Count}</text>");
                }
            }
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Short(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
