using System.Globalization;
using System.Net;
using System.Text;

namespace Circulair.Web.Platform.Charts;

/// <summary>
/// Draws a <see cref="ChartKind.Radar"/> chart: one spoke per category, rings at each whole value from 0 to
/// <see cref="ChartModel.ScaleMax"/> (or a round top above the largest value), and one closed polygon per series with
/// a distinct marker shape at every vertex and a text legend, so series are told apart without colour. Same
/// conventions as <see cref="SvgChartRenderer"/>: role="img" with title and desc, colours by class only, and the
/// numbers in the data table the <see cref="ChartTagHelper"/> puts beside it. A missing value leaves its vertex out.
/// </summary>
internal static class SvgRadarRenderer
{
    private const int Width = 640, Radius = 170, LabelGap = 14, LineHeight = 14, WrapAt = 20, SeriesClasses = 8;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Render(ChartModel m)
    {
        var legend = m.Series.Count > 1 ? 24 * ((m.Series.Count + 1) / 2) : 0;
        var cx = Width / 2.0;
        var cy = legend + 16 + LineHeight * 3 + Radius;
        var n = Math.Max(3, m.Categories.Count);
        // The lowest spoke tip (not always straight down) plus up to three lines of its label.
        var lowest = Enumerable.Range(0, n).Max(i => Math.Sin(-Math.PI / 2 + 2 * Math.PI * i / n));
        var height = (int)(cy + (Radius + LabelGap) * lowest + LineHeight * 3 + 8);
        var values = m.Series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).ToList();
        var top = m.ScaleMax ?? SvgChartRenderer.Ticks(0, values.DefaultIfEmpty(1).Max()).Top;
        (double X, double Y) Point(int i, double value)
        {
            var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            var r = Radius * Math.Clamp(value / top, 0, 1);
            return (cx + r * Math.Cos(angle), cy + r * Math.Sin(angle));
        }

        var sb = new StringBuilder(4096);
        var id = E(m.Id);
        sb.Append(Invariant, $"<svg class=\"cx-chart__svg cx-chart__svg--radar\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        sb.Append(Invariant, $"<title id=\"{id}-title\">{E(m.Title)}</title><desc id=\"{id}-desc\">{E(m.Description)}</desc>");
        if (m.Series.Count > 1)
        {
            for (var s = 0; s < m.Series.Count; s++)
            {
                var x = 10 + s % 2 * 350;
                var y = 8 + s / 2 * 22;
                sb.Append(Marker(s, x + 6, y + 7, m.Series[s].Name));
                sb.Append(Invariant, $"<text class=\"cx-chart__legend\" x=\"{x + 16}\" y=\"{y + 12}\">{E(Short(m.Series[s].Name, 48))}</text>");
            }
        }
        var step = top <= 10 ? 1 : top / 5;
        for (var ring = step; ring <= top + 1e-9; ring += step)
        {
            var points = string.Join(' ', Enumerable.Range(0, n).Select(i => Point(i, ring)).Select(p => string.Create(Invariant, $"{p.X:0.##},{p.Y:0.##}")));
            sb.Append(Invariant, $"<polygon class=\"cx-chart__ring\" points=\"{points}\"/>");
            var (tx, ty) = Point(0, ring);
            sb.Append(Invariant, $"<text class=\"cx-chart__tick\" x=\"{tx + 4:0.#}\" y=\"{ty + 4:0.#}\">{E(ring.ToString("0.#", m.Culture))}</text>");
        }
        for (var i = 0; i < m.Categories.Count; i++)
        {
            var (ex, ey) = Point(i, top);
            sb.Append(Invariant, $"<line class=\"cx-chart__grid\" x1=\"{cx:0.#}\" y1=\"{cy:0.#}\" x2=\"{ex:0.##}\" y2=\"{ey:0.##}\"/>");
            Label(sb, m.Categories[i], i, n, cx, cy);
        }
        for (var s = 0; s < m.Series.Count; s++)
        {
            var vertices = m.Series[s].Values.Select((v, i) => (v, i)).Where(p => p.v is not null && p.i < m.Categories.Count).ToList();
            if (vertices.Count > 2)
            {
                var points = string.Join(' ', vertices.Select(p => Point(p.i, p.v!.Value)).Select(p => string.Create(Invariant, $"{p.X:0.##},{p.Y:0.##}")));
                sb.Append(Invariant, $"<polygon class=\"cx-chart__area cx-chart__series--{s % SeriesClasses}{(s % 2 == 1 ? " cx-chart__area--dashed" : "")}\" points=\"{points}\"/>");
            }
            foreach (var (v, i) in vertices)
            {
                var (x, y) = Point(i, v!.Value);
                var name = m.Series.Count > 1 ? m.Series[s].Name + ", " : "";
                sb.Append(Marker(s, x, y, $"{name}{m.Categories[i]}: {m.Format(v)} {m.Unit}".TrimEnd()));
            }
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The category name outside the tip of its spoke, wrapped on words, anchored away from the centre.</summary>
    private static void Label(StringBuilder sb, string text, int i, int n, double cx, double cy)
    {
        var angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        var (cos, sin) = (Math.Cos(angle), Math.Sin(angle));
        var x = cx + (Radius + LabelGap) * cos;
        var y = cy + (Radius + LabelGap) * sin;
        var anchor = Math.Abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
        var lines = Wrap(text);
        // Above the centre the block of lines grows upwards, below it downwards, beside it it is centred.
        var first = sin < -0.2 ? y - (lines.Count - 1) * LineHeight : sin > 0.2 ? y + LineHeight - 2 : y - (lines.Count - 1) * LineHeight / 2.0 + 4;
        sb.Append(Invariant, $"<text class=\"cx-chart__label\" x=\"{x:0.#}\" y=\"{first:0.#}\" text-anchor=\"{anchor}\">");
        for (var l = 0; l < lines.Count; l++)
        {
            sb.Append(Invariant, $"<tspan x=\"{x:0.#}\" dy=\"{(l == 0 ? 0 : LineHeight)}\">{E(lines[l])}</tspan>");
        }
        sb.Append("</text>");
    }

    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > WrapAt)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }
        if (line.Length > 0)
        {
            lines.Add(line);
        }
        return lines.Count <= 3 ? lines : [lines[0], lines[1], Short(string.Join(' ', lines.Skip(2)), WrapAt)];
    }

    private static string Marker(int series, double x, double y, string title)
    {
        var c = $"cx-chart__marker cx-chart__series--{series % SeriesClasses}";
        var t = $"<title>{E(title)}</title>";
        return (series % 4) switch
        {
            0 => string.Create(Invariant, $"<circle class=\"{c}\" cx=\"{x:0.##}\" cy=\"{y:0.##}\" r=\"4.5\">{t}</circle>"),
            1 => string.Create(Invariant, $"<rect class=\"{c}\" x=\"{x - 4:0.##}\" y=\"{y - 4:0.##}\" width=\"8\" height=\"8\">{t}</rect>"),
            2 => string.Create(Invariant, $"<polygon class=\"{c}\" points=\"{x:0.##},{y - 5:0.##} {x + 5:0.##},{y + 4:0.##} {x - 5:0.##},{y + 4:0.##}\">{t}</polygon>"),
            _ => string.Create(Invariant, $"<polygon class=\"{c}\" points=\"{x:0.##},{y - 5.5:0.##} {x + 5.5:0.##},{y:0.##} {x:0.##},{y + 5.5:0.##} {x - 5.5:0.##},{y:0.##}\">{t}</polygon>"),
        };
    }

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
