using System.Globalization;
using System.Net;
using System.Text;

namespace Circulair.Web.Platform.Charts;

/// <summary>
/// Draws a <see cref="ChartModel"/> as accessible SVG: role="img" with title and desc, colours by class only
/// (cx-chart__series--N; the CSP forbids style attributes), a legend in text and, for lines, a distinct marker
/// shape per series, so no meaning hangs on colour alone. The numbers themselves go in the data table that the
/// <see cref="ChartTagHelper"/> puts beside every chart.
/// </summary>
public sealed class SvgChartRenderer
{
    public const int Width = 720;
    private const int SeriesClasses = 8;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public string Render(ChartModel model) => model.Kind switch
    {
        ChartKind.Bar => Bars(model),
        ChartKind.StackedBar => Columns(model),
        ChartKind.Radar => SvgRadarRenderer.Render(model),
        _ => Lines(model),
    };

    private static string Bars(ChartModel m)
    {
        const int band = 26, barGap = 3, top = 8;
        var seriesCount = Math.Max(1, m.Series.Count);
        var legend = seriesCount > 1 ? 24 : 0;
        var bandHeight = seriesCount == 1 ? band : seriesCount * 16 + 10;
        var labelWidth = Math.Clamp(m.Categories.DefaultIfEmpty("").Max(c => c.Length) * 7 + 10, 60, 280);
        var valueWidth = 90;
        var plotWidth = Width - labelWidth - valueWidth;
        var height = top + legend + m.Categories.Count * bandHeight + 24;
        var max = Max(m.Series.SelectMany(s => s.Values));
        var (ticks, top1) = Ticks(0, max);
        var sb = Open(m, height);
        Legend(sb, m, top);
        var y0 = top + legend;
        foreach (var t in ticks)
        {
            var x = labelWidth + t / top1 * plotWidth;
            sb.Append(Invariant, $"<line class=\"cx-chart__grid\" x1=\"{x:0.#}\" y1=\"{y0}\" x2=\"{x:0.#}\" y2=\"{height - 20}\"/>");
            sb.Append(Invariant, $"<text class=\"cx-chart__tick\" x=\"{x:0.#}\" y=\"{height - 6}\" text-anchor=\"middle\">{E(Tick(m, t))}</text>");
        }
        for (var i = 0; i < m.Categories.Count; i++)
        {
            var yBand = y0 + i * bandHeight;
            sb.Append(Invariant, $"<text class=\"cx-chart__label\" x=\"{labelWidth - 8}\" y=\"{yBand + bandHeight / 2.0 + 4:0.#}\" text-anchor=\"end\">{E(Short(m.Categories[i], 40))}</text>");
            for (var s = 0; s < m.Series.Count; s++)
            {
                var v = i < m.Series[s].Values.Count ? m.Series[s].Values[i] : null;
                var h = seriesCount == 1 ? band - 2 * barGap : 14;
                var y = yBand + (seriesCount == 1 ? barGap : 5 + s * 16);
                var w = v is { } val && val > 0 ? val / top1 * plotWidth : 0;
                sb.Append(Invariant, $"<rect class=\"cx-chart__bar cx-chart__series--{s % SeriesClasses}\" x=\"{labelWidth}\" y=\"{y}\" width=\"{w:0.##}\" height=\"{h}\"><title>{E(Title(m, i, s, v))}</title></rect>");
                sb.Append(Invariant, $"<text class=\"cx-chart__value\" x=\"{labelWidth + w + 4:0.#}\" y=\"{y + h - 3}\">{E(m.Format(v))}</text>");
            }
        }
        sb.Append(Invariant, $"<line class=\"cx-chart__axis\" x1=\"{labelWidth}\" y1=\"{y0}\" x2=\"{labelWidth}\" y2=\"{height - 20}\"/>");
        return Close(sb);
    }

    private static string Columns(ChartModel m)
    {
        const int top = 8, left = 70, bottom = 40, height = 320;
        var legend = m.Series.Count > 1 ? 24 * ((m.Series.Count + 3) / 4) : 0;
        var plotTop = top + legend;
        var plotHeight = height - plotTop - bottom;
        var plotWidth = Width - left - 10;
        var totals = Enumerable.Range(0, m.Categories.Count).Select(i => m.Series.Sum(s => i < s.Values.Count ? Math.Max(0, s.Values[i] ?? 0) : 0)).ToList();
        var (ticks, top1) = Ticks(0, totals.DefaultIfEmpty(0).Max());
        var sb = Open(m, height);
        Legend(sb, m, top);
        Grid(sb, m, ticks, top1, left, plotTop, plotHeight);
        var step = plotWidth / (double)Math.Max(1, m.Categories.Count);
        var barWidth = Math.Min(48, step * 0.7);
        for (var i = 0; i < m.Categories.Count; i++)
        {
            var x = left + i * step + (step - barWidth) / 2;
            var y = (double)(plotTop + plotHeight);
            for (var s = 0; s < m.Series.Count; s++)
            {
                var v = i < m.Series[s].Values.Count ? m.Series[s].Values[i] : null;
                var h = v is { } val && val > 0 ? val / top1 * plotHeight : 0;
                y -= h;
                sb.Append(Invariant, $"<rect class=\"cx-chart__bar cx-chart__series--{s % SeriesClasses}\" x=\"{x:0.##}\" y=\"{y:0.##}\" width=\"{barWidth:0.##}\" height=\"{h:0.##}\"><title>{E(Title(m, i, s, v))}</title></rect>");
            }
            CategoryLabel(sb, m, i, left + i * step + step / 2, plotTop + plotHeight);
        }
        return Close(sb);
    }

    private static string Lines(ChartModel m)
    {
        const int top = 8, left = 70, bottom = 40, height = 300;
        var legend = m.Series.Count > 1 ? 24 * ((m.Series.Count + 3) / 4) : 0;
        var plotTop = top + legend;
        var plotHeight = height - plotTop - bottom;
        var plotWidth = Width - left - 20;
        var values = m.Series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => v!.Value).ToList();
        var min = Math.Min(0, values.DefaultIfEmpty(0).Min());
        var (ticks, top1) = Ticks(min, values.DefaultIfEmpty(0).Max());
        var bottomValue = ticks.Count > 0 ? ticks[0] : 0;
        var sb = Open(m, height);
        Legend(sb, m, top);
        Grid(sb, m, ticks, top1, left, plotTop, plotHeight, bottomValue);
        var step = m.Categories.Count > 1 ? plotWidth / (double)(m.Categories.Count - 1) : 0;
        double X(int i) => left + (m.Categories.Count > 1 ? i * step : plotWidth / 2.0);
        double Y(double v) => plotTop + plotHeight - (v - bottomValue) / (top1 - bottomValue) * plotHeight;
        for (var s = 0; s < m.Series.Count; s++)
        {
            var points = m.Series[s].Values.Select((v, i) => (v, i)).Where(p => p.v is not null && p.i < m.Categories.Count).ToList();
            if (points.Count > 1)
            {
                var path = string.Join(' ', points.Select(p => string.Create(Invariant, $"{X(p.i):0.##},{Y(p.v!.Value):0.##}")));
                sb.Append(Invariant, $"<polyline class=\"cx-chart__line cx-chart__series--{s % SeriesClasses}\" fill=\"none\" points=\"{path}\"/>");
            }
            foreach (var (v, i) in points)
            {
                sb.Append(Marker(s, X(i), Y(v!.Value), Title(m, i, s, v)));
            }
        }
        var every = Math.Max(1, (int)Math.Ceiling(m.Categories.Count / 12.0));
        for (var i = 0; i < m.Categories.Count; i += every)
        {
            CategoryLabel(sb, m, i, X(i), plotTop + plotHeight);
        }
        return Close(sb);
    }

    /// <summary>Circle, square, triangle, diamond…: the series can be told apart without colour.</summary>
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

    private static void Grid(StringBuilder sb, ChartModel m, IReadOnlyList<double> ticks, double top, int left, int plotTop, int plotHeight, double bottom = 0)
    {
        foreach (var t in ticks)
        {
            var y = plotTop + plotHeight - (t - bottom) / (top - bottom) * plotHeight;
            sb.Append(Invariant, $"<line class=\"cx-chart__grid\" x1=\"{left}\" y1=\"{y:0.#}\" x2=\"{Width - 10}\" y2=\"{y:0.#}\"/>");
            sb.Append(Invariant, $"<text class=\"cx-chart__tick\" x=\"{left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{E(Tick(m, t))}</text>");
        }
        sb.Append(Invariant, $"<line class=\"cx-chart__axis\" x1=\"{left}\" y1=\"{plotTop + plotHeight}\" x2=\"{Width - 10}\" y2=\"{plotTop + plotHeight}\"/>");
    }

    private static void CategoryLabel(StringBuilder sb, ChartModel m, int i, double x, int baseline) =>
        sb.Append(Invariant, $"<text class=\"cx-chart__label\" x=\"{x:0.#}\" y=\"{baseline + 16}\" text-anchor=\"middle\">{E(Short(m.Categories[i], 12))}</text>");

    private static void Legend(StringBuilder sb, ChartModel m, int top)
    {
        if (m.Series.Count < 2)
        {
            return;
        }
        for (var s = 0; s < m.Series.Count; s++)
        {
            var x = 10 + s % 4 * 175;
            var y = top + s / 4 * 22;
            sb.Append(Marker(s, x + 6, y + 7, m.Series[s].Name));
            sb.Append(Invariant, $"<text class=\"cx-chart__legend\" x=\"{x + 16}\" y=\"{y + 12}\">{E(Short(m.Series[s].Name, 24))}</text>");
        }
    }

    private static StringBuilder Open(ChartModel m, int height)
    {
        var sb = new StringBuilder(4096);
        var id = E(m.Id);
        sb.Append(Invariant, $"<svg class=\"cx-chart__svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" focusable=\"false\">");
        sb.Append(Invariant, $"<title id=\"{id}-title\">{E(m.Title)}</title><desc id=\"{id}-desc\">{E(m.Description)}</desc>");
        return sb;
    }

    private static string Close(StringBuilder sb) => sb.Append("</svg>").ToString();

    private static string Title(ChartModel m, int category, int series, double? value)
    {
        var name = m.Series.Count > 1 ? m.Series[series].Name + ", " : "";
        return $"{name}{m.Categories[category]}: {m.Format(value)} {m.Unit}".TrimEnd();
    }

    private static double Max(IEnumerable<double?> values) => values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(0).Max();

    /// <summary>Round tick values (1, 2, 2.5 or 5 × 10ⁿ) covering min…max; returns the ticks and the top of the axis.</summary>
    internal static (IReadOnlyList<double> Ticks, double Top) Ticks(double min, double max)
    {
        if (max <= min)
        {
            max = min + 1;
        }
        var raw = (max - min) / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        var start = Math.Floor(min / step) * step;
        var ticks = new List<double>();
        for (var t = start; t <= max + step * 0.999; t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }
        return (ticks, ticks[^1]);
    }

    /// <summary>Axis labels in the chart's own notation (percent charts get percent ticks), without needless decimals.</summary>
    private static string Tick(ChartModel m, double value) =>
        value.ToString(m.ValueFormat.StartsWith('P') ? (Math.Round(value * 100) == value * 100 ? "P0" : "P1") : "N0", m.Culture);

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
