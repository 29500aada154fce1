using System.Globalization;
using Circulair.Budget;
using Circulair.Budget.Import;
using Circulair.Imports;
using Circulair.Stakeholders.Import;

namespace Circulair.Core.Tests.Budget;

public sealed class BbcImportTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    private static SheetContent Sheet(string[] headers, params string?[][] rows) =>
        new(headers, [.. rows.Select((r, i) => new SheetRow(i + 2, r))]);

    private static BbcImportPlan Check(SheetContent sheet, string[]? existing = null, string[]? linked = null) =>
        BbcSheetImport.Instance.Check(sheet, new BbcImportContext(existing ?? [], linked ?? [], Dutch));

    private static readonly string[] Headers = ["Code", "Niveau", "Omschrijving", "Bovenliggende code", "2026", "Budget 2027"];

    [Fact]
    public void Reads_three_levels_with_amounts_per_year_and_derives_the_level_from_the_parent()
    {
        var plan = Check(Sheet(Headers,
            ["BD1", "Beleidsdoelstelling", "Circulaire stad", null, null, null],
            ["AP1.1", null, "Circulair bouwen", "BD1", "10.000", null],
            ["AC1.1.1", "actie", "Materialenbank", "AP1.1", "25.000,50", "30000"]));

        Assert.True(plan.CanApply());
        Assert.Equal([BbcLevel.Beleidsdoelstelling, BbcLevel.Actieplan, BbcLevel.Actie], plan.Rows.Select(r => r.Level!.Value));
        Assert.Equal([2026, 2027], plan.Years);
        Assert.Equal(25000.50m, plan.Rows[2].Amounts[2026]);
        Assert.Equal(30000m, plan.Rows[2].Amounts[2027]);
        Assert.Equal(10000m, plan.Rows[1].Amounts[2026]);
        var entries = plan.Apply(7);
        Assert.Equal(["BD1", "AP1.1", "AC1.1.1"], entries.Select(e => e.Code));
        Assert.Equal("AP1.1", entries[2].ParentCode);
    }

    [Fact]
    public void Names_both_rows_of_a_duplicate_code_and_refuses_the_plan()
    {
        var plan = Check(Sheet(Headers,
            ["BD1", null, "Circulaire stad", null, null, null],
            ["bd1 ", null, "Nog eens", null, null, null]));

        Assert.False(plan.CanApply());
        Assert.Equal(new ImportProblem("Budget.Import.Problem.DuplicateCode", "BD1", 3), Assert.Single(plan.Rows[0].Problems), ProblemComparer.Instance);
        Assert.Equal(new ImportProblem("Budget.Import.Problem.DuplicateCode", "bd1", 2), Assert.Single(plan.Rows[1].Problems), ProblemComparer.Instance);
    }

    [Fact]
    public void Refuses_a_parent_that_is_not_in_the_file()
    {
        var plan = Check(Sheet(Headers,
            ["BD1", null, "Circulaire stad", null, null, null],
            ["AP9", null, "Verdwaald", "BD9", null, null]));

        Assert.False(plan.CanApply());
        Assert.True(plan.Rows[0].IsValid);
        Assert.Equal(new ImportProblem("Budget.Import.Problem.UnknownParent", "BD9"), Assert.Single(plan.Rows[1].Problems), ProblemComparer.Instance);
    }

    [Fact]
    public void Refuses_text_in_an_amount_and_a_negative_amount_naming_the_column()
    {
        var plan = Check(Sheet(Headers,
            ["BD1", null, "Circulaire stad", null, "veel", "-5"]));

        Assert.Equal(
            [new ImportProblem("Budget.Import.Problem.NotAnAmount", "2026", "veel"), new ImportProblem("Budget.Import.Problem.AmountRange", "Budget 2027", "-5")],
            plan.Rows[0].Problems, ProblemComparer.Instance);
    }

    [Fact]
    public void Refuses_a_given_level_that_contradicts_the_parent_and_a_fourth_level()
    {
        var plan = Check(Sheet(Headers,
            ["BD1", null, "Circulaire stad", null, null, null],
            ["AP1", "Actie", "Circulair bouwen", "BD1", null, null],
            ["AC1", null, "Materialenbank", "AP1", null, null],
            ["X1", null, "Te diep", "AC1", null, null]));

        Assert.Equal(new ImportProblem("Budget.Import.Problem.LevelMismatch", BbcLevel.Actie, BbcLevel.Actieplan), Assert.Single(plan.Rows[1].Problems), ProblemComparer.Instance);
        Assert.True(plan.Rows[2].IsValid);
        Assert.Equal(new ImportProblem("Budget.Import.Problem.TooDeep", "AC1"), Assert.Single(plan.Rows[3].Problems), ProblemComparer.Instance);
    }

    [Fact]
    public void Refuses_a_sheet_without_a_code_column_and_lists_removed_codes_that_actions_use()
    {
        var missing = Check(Sheet(["Titel", "2026"], ["Circulaire stad", "5"]));
        Assert.Equal("Budget.Import.Problem.MissingColumns", Assert.Single(missing.FileProblems).Key);
        Assert.False(missing.CanApply());

        var plan = Check(Sheet(Headers, ["BD2", null, "Nieuw", null, null, null]), existing: ["BD1", "AP1"], linked: ["ap1"]);
        Assert.True(plan.CanApply());
        Assert.Equal(["AP1", "BD1"], plan.Removed);
        Assert.Equal(["AP1"], plan.RemovedLinked);
        Assert.Equal(1, plan.NewCount);
    }

    private sealed class ProblemComparer : IEqualityComparer<ImportProblem>
    {
        public static readonly ProblemComparer Instance = new();

        public bool Equals(ImportProblem? x, ImportProblem? y) =>
            x is not null && y is not null && x.Key == y.Key && x.Arguments.SequenceEqual(y.Arguments);

        public int GetHashCode(ImportProblem obj) => obj.Key.GetHashCode(StringComparison.Ordinal);
    }
}
