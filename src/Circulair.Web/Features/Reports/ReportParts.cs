using System.Globalization;
using Circulair.Monitoring;
using Circulair.Web.Features.Monitoring;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Charts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// What both reports share: the title page with its table of contents, the "what is still empty" summary, the
/// indicator table and chart, and small formatters. Every report is a <see cref="DocumentModel"/>: the Word file and
/// the printable page are two renderings of the same blocks (decision 0300).
/// </summary>
public static class ReportParts
{
    /// <summary>The title page (title, subtitle and meta lines), then the contents on a page of their own.</summary>
    public static IEnumerable<DocumentBlock> TitlePage(Text t, string subtitle, IEnumerable<string> meta)
    {
        yield return new ParagraphBlock(subtitle);
        yield return new ParagraphBlock(string.Join("\n", meta), Quiet: true);
        yield return new PageBreakBlock();
        yield return new TableOfContentsBlock(t["Reports.Contents"], t["Reports.ContentsPlaceholder"]);
        yield return new PageBreakBlock();
    }

    /// <summary>"Nog leeg: …" over the chapters that had nothing to show.</summary>
    public static IEnumerable<DocumentBlock> State(Text t, IReadOnlyList<string> empty, string? lead)
    {
        yield return new HeadingBlock(1, t["Reports.State.Heading"]);
        if (lead is not null)
        {
            yield return new ParagraphBlock(lead);
        }
        if (empty.Count == 0)
        {
            yield return new ParagraphBlock(t["Reports.State.Complete"]);
            yield break;
        }
        yield return new ParagraphBlock(t["Reports.State.Empty"]);
        yield return new BulletListBlock(empty);
    }

    public static IEnumerable<DocumentBlock> Indicators(Text t, IReadOnlyList<IndicatorRow> rows, string chartId)
    {
        var statuses = Enum.GetValues<IndicatorStatus>();
        yield return new ChartBlock(new ChartModel(ChartKind.Bar, chartId, t["Reports.Indicators.Chart"], t["Reports.Indicators.ChartDescription"],
            [.. statuses.Select(s => MonitoringLabels.Of(t, s))],
            [new ChartSeries(t["Reports.Count"], [.. statuses.Select(s => (double?)rows.Count(r => r.Status == s))])],
            "", "N0", null, CultureInfo.CurrentCulture) { CategoryHeader = t["Reports.Indicators.Status"] });
        yield return new TableBlock(t["Reports.Indicators.Caption"],
            [t["Reports.Indicators.Name"], t["Reports.Indicators.Level"], t["Reports.Indicators.Latest"], t["Reports.Indicators.Expected"], t["Reports.Indicators.Target"], t["Reports.Indicators.Status"]],
            [.. rows.Select(r => (IReadOnlyList<string>)
            [
                r.Name,
                MonitoringLabels.Of(t, r.Level),
                r.Assessment.Latest is { } l ? $"{MonitoringLabels.WithUnit(l.Value, r.Unit)} ({l.Year.ToString(CultureInfo.InvariantCulture)})" : "—",
                MonitoringLabels.WithUnit(r.Assessment.Expected, r.Unit),
                r.FinalTarget is { } f ? $"{MonitoringLabels.WithUnit(f.Value, r.Unit)} ({f.Year.ToString(CultureInfo.InvariantCulture)})" : "—",
                MonitoringLabels.Of(t, r.Status),
            ])]);
    }

    public static string Date(DateOnly? date) => date is null ? "—" : StrategyLabels.Date(date);

    public static string Or(string? text) => string.IsNullOrWhiteSpace(text) ? "—" : text;

    public static string Language => CultureInfo.CurrentUICulture.Name is { Length: > 0 } name ? name : "nl-BE";

    /// <summary>"2026-12-06" style stamp in file names, independent of the reader's language.</summary>
    public static string FileStamp(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A file name from a title: letters, digits and dashes only.</summary>
    public static string FileName(string title, DateTime utc)
    {
        var slug = new string([.. title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
        while (slug.Contains("--", StringComparison.Ordinal))
        {
            slug = slug.Replace("--", "-", StringComparison.Ordinal);
        }
        slug = slug.Trim('-');
        return $"{(slug.Length == 0 ? "rapport" : slug[..Math.Min(slug.Length, 60)].Trim('-'))}-{FileStamp(utc)}";
    }
}
