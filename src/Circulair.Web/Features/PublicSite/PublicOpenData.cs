using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Circulair.Publishing;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.PublicSite;

/// <summary>One open-data table: its file name, what a row is, and its columns with what each holds (the page describes them).</summary>
public sealed record OpenDataTable(string File, string RowKey, PublicSections Section, IReadOnlyList<(string Column, string DescriptionKey)> Columns);

/// <summary>
/// The public site as open data (decision 0310): one JSON document (<c>data.json</c>) and one CSV file per table, made
/// from the same <see cref="PublicSiteContent"/> as the page. The schema is stable: column and property names are
/// English identifiers that never change with the reader's language; a change that is not an addition raises
/// <see cref="PublicSiteContent.CurrentSchema"/>. CSV: UTF-8 with a byte order mark, ';' between values, a decimal
/// point, dates as yyyy-mm-dd, an empty cell for no value.
/// </summary>
public static class PublicOpenData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static readonly IReadOnlyList<OpenDataTable> Tables =
    [
        new("goals.csv", "PublicSite.Data.Row.Goal", PublicSections.Goals,
        [
            ("goal_id", "PublicSite.Data.Col.GoalId"), ("domain", "PublicSite.Data.Col.Domain"), ("statement", "PublicSite.Data.Col.Statement"),
            ("indicator", "PublicSite.Data.Col.Indicator"), ("baseline_value", "PublicSite.Data.Col.BaselineValue"), ("baseline_year", "PublicSite.Data.Col.BaselineYear"),
            ("target_value", "PublicSite.Data.Col.TargetValue"), ("unit", "PublicSite.Data.Col.Unit"), ("deadline", "PublicSite.Data.Col.Deadline"),
            ("progress_percent", "PublicSite.Data.Col.GoalPercent"),
        ]),
        new("actions.csv", "PublicSite.Data.Row.Action", PublicSections.Actions,
        [
            ("action_id", "PublicSite.Data.Col.ActionId"), ("number", "PublicSite.Data.Col.Number"), ("title", "PublicSite.Data.Col.Title"),
            ("goal_id", "PublicSite.Data.Col.ActionGoal"), ("line_id", "PublicSite.Data.Col.LineId"), ("line", "PublicSite.Data.Col.Line"),
            ("status", "PublicSite.Data.Col.Status"), ("status_label", "PublicSite.Data.Col.StatusLabel"), ("progress_percent", "PublicSite.Data.Col.ActionPercent"),
            ("start", "PublicSite.Data.Col.Start"), ("end", "PublicSite.Data.Col.End"), ("responsible", "PublicSite.Data.Col.Responsible"),
        ]),
        new("indicators.csv", "PublicSite.Data.Row.Value", PublicSections.Indicators,
        [
            ("indicator_id", "PublicSite.Data.Col.IndicatorId"), ("name", "PublicSite.Data.Col.IndicatorName"), ("unit", "PublicSite.Data.Col.Unit"),
            ("level", "PublicSite.Data.Col.Level"), ("status", "PublicSite.Data.Col.IndicatorStatus"), ("kind", "PublicSite.Data.Col.Kind"),
            ("year", "PublicSite.Data.Col.Year"), ("value", "PublicSite.Data.Col.Value"),
        ]),
        new("health-check.csv", "PublicSite.Data.Row.Block", PublicSections.HealthCheck,
        [
            ("round", "PublicSite.Data.Col.Round"), ("closed_on", "PublicSite.Data.Col.ClosedOn"), ("block", "PublicSite.Data.Col.Block"),
            ("raters", "PublicSite.Data.Col.Count"), ("mean", "PublicSite.Data.Col.Mean"), ("spread", "PublicSite.Data.Col.Spread"),
            ("lowest", "PublicSite.Data.Col.Lowest"), ("highest", "PublicSite.Data.Col.Highest"),
        ]),
    ];

    public static byte[] JsonBytes(PublicSiteContent content) => JsonSerializer.SerializeToUtf8Bytes(content, Json);

    /// <summary>The CSV file of one table, or null when the name is not one of <see cref="Tables"/>.</summary>
    public static byte[]? CsvBytes(PublicSiteContent content, string file)
    {
        var table = Tables.FirstOrDefault(x => x.File == file);
        if (table is null)
        {
            return null;
        }
        var columns = table.Columns.Select(c => new ColumnModel(c.Column)).ToList();
        var lines = content.Goals.SelectMany(g => g.Lines).ToDictionary(l => l.Id);
        IEnumerable<IReadOnlyList<CellModel>> rows = file switch
        {
            "goals.csv" => content.Goals.Select(g => (IReadOnlyList<CellModel>)
                [g.Id, g.Domain, g.Statement, g.Indicator, CellModel.Of(g.BaselineValue), CellModel.Of(g.BaselineYear), CellModel.Of(g.TargetValue), g.Unit,
                 CellModel.Of(g.Deadline), CellModel.Of(Round(g.Percent))]),
            "actions.csv" => content.Actions.Select(a => (IReadOnlyList<CellModel>)
                [a.Id, a.Number, a.Title, CellModel.Of(a.GoalId), CellModel.Of(a.LineId), a.LineId is { } l && lines.TryGetValue(l, out var line) ? line.Title : null,
                 a.Status, a.StatusLabel, CellModel.Of(a.Percent), CellModel.Of(a.Start), CellModel.Of(a.End), a.Owner]),
            "indicators.csv" => content.Indicators.SelectMany(i =>
                i.Measurements.Select(m => (IReadOnlyList<CellModel>)[i.Id, i.Name, i.Unit, i.Level, i.Status, "measurement", m.Year, m.Value])
                .Concat(i.Targets.Select(x => (IReadOnlyList<CellModel>)[i.Id, i.Name, i.Unit, i.Level, i.Status, "target", x.Year, x.Value]))),
            "health-check.csv" => content.HealthCheck is { } h
                ? h.Blocks.Select(b => (IReadOnlyList<CellModel>)
                    [h.Title, CellModel.Of(h.ClosedOn), b.Block, b.Count, CellModel.Of(b.Mean), CellModel.Of(b.Spread), CellModel.Of(b.Lowest), CellModel.Of(b.Highest)])
                : [],
            _ => [],
        };
        return CsvTableWriter.ToBytes(new SheetModel(Path.GetFileNameWithoutExtension(file), columns, rows), CultureInfo.InvariantCulture);
    }

    private static double? Round(double? percent) => percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : null;
}
