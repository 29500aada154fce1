using Circulair.Imports;
using Circulair.Initiatives.Import;
using Circulair.Stakeholders.Import;
using Circulair.Strategy.Import;

namespace Circulair.Core.Tests.Imports;

/// <summary>The kernel every checked import plugs into: one rule for when a plan may be written.</summary>
public sealed class CheckedImportTests
{
    private sealed record Row(int RowNumber, bool IsValid) : ICheckedRow;

    private sealed record Plan(int FileProblemCount, IReadOnlyList<ICheckedRow> CheckedRows) : ICheckedPlan
    {
        public IReadOnlyList<string> IgnoredHeaders => [];
    }

    [Fact]
    public void A_plan_is_written_only_when_the_file_and_every_row_pass_and_there_is_at_least_one_row()
    {
        Assert.True(new Plan(0, [new Row(2, true), new Row(3, true)]).CanApply());
        Assert.False(new Plan(0, [new Row(2, true), new Row(3, false)]).CanApply());
        Assert.False(new Plan(1, [new Row(2, true)]).CanApply());
        Assert.False(new Plan(0, []).CanApply());
        Assert.Equal(1, new Plan(0, [new Row(2, true), new Row(3, false)]).RowsWithProblems());
    }

    [Fact]
    public void The_register_the_inventory_and_the_action_table_plug_into_the_same_contract()
    {
        var sheet = new SheetContent(["Onbekend"], [new SheetRow(2, ["x"])]);

        ICheckedPlan[] plans =
        [
            StakeholderSheetImport.Instance.Check(sheet, new StakeholderImportContext(new ImportVocabulary(), [], [], new DateOnly(2026, 3, 1))),
            InitiativeSheetImport.Instance.Check(sheet, new InitiativeImportContext(new InitiativeVocabulary(), [], [])),
            ActionTableSheetImport.Instance.Check(sheet, new ActionImportContext(new ActionImportVocabulary(), [], [], [])),
        ];

        Assert.All(plans, p => Assert.False(p.CanApply()));
        Assert.All(plans, p => Assert.True(p.FileProblemCount > 0, "a sheet without the required columns is refused as a whole"));
        Assert.All(plans, p => Assert.Equal(["Onbekend"], p.IgnoredHeaders));
    }
}
