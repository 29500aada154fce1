using Circulair.Budget;
using Circulair.Budget.Import;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Budget.Plan;

/// <summary>
/// The meerjarenplan as a workbook in exactly the shape the import reads: code, level, title, parent code, then one
/// column per year. An empty plan gives the headers and two example rows to start from.
/// </summary>
public static class PlanWorkbook
{
    public static WorkbookModel Build(IReadOnlyList<BbcPlanEntry> plan, Text t, int thisYear)
    {
        var years = plan.SelectMany(e => e.Amounts.Keys).Distinct().Order().ToList();
        if (years.Count == 0)
        {
            years = [.. Enumerable.Range(thisYear, 3)];
        }
        IReadOnlyList<ColumnModel> columns =
        [
            new(t["Budget.Plan.Column.Code"], 14), new(t["Budget.Plan.Column.Level"], 20), new(t["Budget.Plan.Column.Title"], 50, Wrap: true),
            new(t["Budget.Plan.Column.Parent"], 16), .. years.Select(y => new ColumnModel(y.ToString(System.Globalization.CultureInfo.InvariantCulture), 14)),
        ];
        IEnumerable<IReadOnlyList<CellModel>> rows = plan.Count > 0
            ? plan.Select(e => (IReadOnlyList<CellModel>)[e.Code, t.Enum(e.Level), e.Title, e.ParentCode,
                .. years.Select(y => e.Amounts.TryGetValue(y, out var a) ? CellModel.Of((double)a) : CellModel.Empty)])
            : [["BD1", t.Enum(BbcLevel.Beleidsdoelstelling), t["Budget.Plan.ExampleObjective"].Value, null, .. years.Select(_ => CellModel.Empty)],
               ["AP1.1", t.Enum(BbcLevel.Actieplan), t["Budget.Plan.ExamplePlan"].Value, "BD1", .. years.Select(_ => CellModel.Of(10000d))]];
        return new WorkbookModel([new SheetModel(BbcSheetImport.SheetName, columns, rows)]);
    }
}
