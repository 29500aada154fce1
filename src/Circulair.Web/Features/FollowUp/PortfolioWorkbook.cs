using Circulair.FollowUp;
using Circulair.Strategy.Import;
using Circulair.Web.Features.Strategy.Table;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// The portfolio as a workbook: the columns of Tool 8 exactly as the action table's export writes them (so its import
/// could read the sheet back), then the follow-up columns: progress, late, stale, last update, planned and spent budget.
/// The follow-up columns are derived and locked.
/// </summary>
public static class PortfolioWorkbook
{
    public static WorkbookModel Build(IEnumerable<TableRow> rows, IReadOnlyDictionary<int, ActionFollowUp> followUp, IReadOnlyDictionary<int, decimal> spent, Text t)
    {
        var tool8 = ActionTableWorkbook.Sheet([], t);
        IReadOnlyList<ColumnModel> columns =
        [
            .. tool8.Columns,
            new(t["Budget.Portfolio.Percent"], 12, Derived: true), new(t["FollowUp.Flag.Late"], 10, Derived: true), new(t["FollowUp.Flag.Stale"], 14, Derived: true),
            new(t["FollowUp.Portfolio.LastUpdate"], 14, Derived: true), new(t["Budget.Portfolio.Planned"], 14, Derived: true), new(t["Budget.Portfolio.Spent"], 14, Derived: true),
        ];
        var yes = t["Budget.Portfolio.Yes"].Value;
        var cells = rows.Where(r => followUp.ContainsKey(r.Id)).Select(r =>
        {
            var f = followUp[r.Id];
            return (IReadOnlyList<CellModel>)
            [
                .. ActionTableWorkbook.Row(r, t),
                CellModel.Of(f.Percent), f.Late ? yes : CellModel.Empty, f.Stale ? yes : CellModel.Empty, CellModel.Of(f.LastUpdate),
                CellModel.Of(f.Budget is { } b ? (double)b : null), CellModel.Of(spent.TryGetValue(r.Id, out var s) ? (double)s : null),
            ];
        });
        return new WorkbookModel([new SheetModel(ActionTable.SheetName, columns, cells)]);
    }
}
