using Circulair.Regions.Benchmark;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// The benchmark as a workbook (decision 0141: a plain model, written by <see cref="XlsxTableWriter"/>): a sheet with
/// every indicator's counts and distribution, and a sheet with one row per shown member and indicator. Only what the
/// viewer may see on the page goes in; members that do not share are counted, never named.
/// </summary>
public static class BenchmarkWorkbook
{
    public static WorkbookModel Build(Text t, RegionBenchmarkView view)
    {
        var overview = new SheetModel(t["Regions.Sheet.Overview"],
            [
                new ColumnModel(t["Regions.Column.Code"], 20), new ColumnModel(t["Regions.Column.Indicator"], 40), new ColumnModel(t["Regions.Column.Year"], 8),
                new ColumnModel(t["Regions.Column.ComparedUnit"], 26), new ColumnModel(t["Regions.Column.Members"], 10), new ColumnModel(t["Regions.Column.Shown"], 10),
                new ColumnModel(t["Regions.Column.NotSharing"], 12), new ColumnModel(t["Regions.Column.WithoutValue"], 12), new ColumnModel(t["Regions.Column.WithoutPopulation"], 12),
                new ColumnModel(t["Regions.Benchmark.Min"], 10), new ColumnModel(t["Regions.Benchmark.Q1"], 10), new ColumnModel(t["Regions.Benchmark.Median"], 10),
                new ColumnModel(t["Regions.Benchmark.Q3"], 10), new ColumnModel(t["Regions.Benchmark.Max"], 10), new ColumnModel(t["Regions.Benchmark.Mean"], 10),
                new ColumnModel(t["Regions.Column.Reference"], 12),
            ],
            view.Indicators.Select(i =>
            {
                var r = i.Result;
                var d = r.Distribution;
                var reference = r.Scale == BenchmarkScale.AsMeasured ? BenchmarkCalculator.ReferenceFor(i.Info.References, r.Year)?.Value : null;
                return (IReadOnlyList<CellModel>)
                [
                    CellModel.Of(i.Info.IsStandard ? i.Info.Key : null), i.Info.Name, CellModel.Of(r.Year), BenchmarkLabels.ComparedUnit(t, r.Scale, i.Info.Unit),
                    r.Members, r.Rows.Count, r.NotSharing, r.WithoutValue, r.WithoutPopulation,
                    CellModel.Of(d?.Min), CellModel.Of(d?.Q1), CellModel.Of(d?.Median), CellModel.Of(d?.Q3), CellModel.Of(d?.Max), CellModel.Of(d?.Mean),
                    CellModel.Of(reference),
                ];
            }).ToList());
        var rows = new SheetModel(t["Regions.Sheet.Members"],
            [
                new ColumnModel(t["Regions.Column.Code"], 20), new ColumnModel(t["Regions.Column.Indicator"], 40), new ColumnModel(t["Regions.Column.Year"], 8),
                new ColumnModel(t["Regions.Column.Rank"], 8), new ColumnModel(t["Regions.Column.Member"], 30), new ColumnModel(t["Regions.Column.MeasuredPlain"], 12),
                new ColumnModel(t["Regions.Column.Unit"], 14), new ColumnModel(t["Regions.Column.Inhabitants"], 12), new ColumnModel(t["Regions.Column.Compared"], 12),
                new ColumnModel(t["Regions.Column.ComparedUnit"], 26), new ColumnModel(t["Regions.Column.Target"], 12),
            ],
            view.Indicators.SelectMany(i => i.Result.Rows.Select(row => (IReadOnlyList<CellModel>)
            [
                CellModel.Of(i.Info.IsStandard ? i.Info.Key : null), i.Info.Name, CellModel.Of(i.Result.Year), row.Rank, row.Name, row.Measured, i.Info.Unit,
                CellModel.Of(row.Population), row.Value, BenchmarkLabels.ComparedUnit(t, i.Result.Scale, i.Info.Unit), CellModel.Of(row.Target),
            ])).ToList());
        return new WorkbookModel([overview, rows]);
    }
}
