using Circulair.Reference;
using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

public sealed class ImportCheckerTests
{
    private static readonly ImportMapping Long = new() { Layout = ImportLayout.Long, AreaColumn = 1, YearColumn = 2, CategoryColumn = 3, ValueColumn = 4 };

    private static (ImportChecker Checker, List<StagedObservation> Staged) Check(ImportMapping mapping, IReadOnlyList<string> header, DatasetKind kind, CategoryScheme scheme, IEnumerable<string?[]> rows, IReadOnlyDictionary<string, string>? own = null)
    {
        var checker = new ImportChecker(mapping, header, 1, kind, new CategoryResolver(CategoryCatalog.For(scheme), own ?? new Dictionary<string, string>()), new NumberFormat(',', "."), kind.DefaultUnit());
        var staged = new List<StagedObservation>();
        checker.OnObservation = staged.Add;
        var n = 1;
        foreach (var r in rows)
        {
            checker.CheckRow(++n, r);
        }
        return (checker, staged);
    }

    [Fact]
    public void Turns_valid_rows_into_figures_and_counts_years_and_areas()
    {
        var (checker, staged) = Check(Long, ["NIS", "Jaar", "Sector", "Banen"], DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008,
        [
            ["41002", "2023", "41", "1.234"],
            ["Aalst", "2023", "43 - Gespecialiseerde bouwwerkzaamheden", "850,5"],
            ["02000", "2023", "F", "200.000"],
            ["11007", "2022", "41", "12"], // Borsbeek, merged into Antwerpen in 2025: older series use its code
            ["", "", "", ""],
        ]);

        Assert.Equal(0, checker.ProblemCount);
        Assert.Equal(4, checker.ObservationCount);
        Assert.Equal(1234, staged[0].Value);
        Assert.Equal(850.5, staged[1].Value);
        Assert.Equal(["41", "43", "F"], checker.Categories.Select(c => c.Code));
        Assert.Equal([2022, 2023], checker.Years.Keys);
        Assert.Equal(2, checker.Years[2023].Areas.Count); // 41002 and Aalst are one area
        Assert.Equal("banen", checker.Units.Single());
    }

    [Fact]
    public void Names_row_and_column_of_text_in_a_value_negative_jobs_unknown_area_and_year_out_of_range()
    {
        var (checker, staged) = Check(Long, ["NIS", "Jaar", "Sector", "Banen"], DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008,
        [
            ["41002", "2023", "41", "twaalf"],
            ["41002", "2023", "42", "-5"],
            ["99999", "2023", "43", "5"],
            ["41002", "1985", "43", "5"],
            ["41002", "2023", "43", "5"],
        ]);

        Assert.Equal(4, checker.ProblemCount);
        Assert.Single(staged);
        Assert.Contains(checker.Problems, p => p is { Row: 2, Column: 4, Kind: ImportProblemKind.NotANumber, Value: "twaalf", ColumnName: "D" });
        Assert.Contains(checker.Problems, p => p is { Row: 3, Column: 4, Kind: ImportProblemKind.Negative });
        Assert.Contains(checker.Problems, p => p is { Row: 4, Column: 1, Kind: ImportProblemKind.AreaUnknown, Value: "99999" });
        Assert.Contains(checker.Problems, p => p is { Row: 5, Column: 2, Kind: ImportProblemKind.YearOutOfRange, Value: "1985" });
    }

    [Fact]
    public void Allows_negative_values_for_other_indicators()
    {
        var (checker, _) = Check(Long with { UnitColumn = null, FixedUnit = "%" }, ["NIS", "Jaar", "Indicator", "Waarde"], DatasetKind.Andere, CategoryScheme.Free, [["41002", "2023", "groei", "-2,5"]]);

        Assert.Equal(0, checker.ProblemCount);
    }

    [Fact]
    public void Reports_duplicates_with_the_row_that_came_first()
    {
        var (checker, _) = Check(Long, ["NIS", "Jaar", "Fractie", "Ton"], DatasetKind.Huishoudafval, CategoryScheme.OvamWasteFractions,
        [
            ["41002", "2023", "Restafval", "100"],
            ["41002", "2023", "Gft", "50"],
            ["Aalst", "2023", "restafval", "101"],
        ]);

        var duplicate = Assert.Single(checker.Problems);
        Assert.Equal(ImportProblemKind.Duplicate, duplicate.Kind);
        Assert.Equal(4, duplicate.Row);
        Assert.Equal(2, duplicate.OtherRow);
    }

    [Fact]
    public void Collects_unknown_categories_and_accepts_them_once_the_organisation_maps_them()
    {
        string?[][] rows = [["41002", "2023", "Huisvuil en grofvuil gemengd", "10"], ["41002", "2022", "Huisvuil en grofvuil gemengd", "11"]];
        var (before, _) = Check(Long, ["NIS", "Jaar", "Fractie", "Ton"], DatasetKind.Huishoudafval, CategoryScheme.OvamWasteFractions, rows);

        Assert.Equal(2, before.ProblemCount);
        var unknown = Assert.Single(before.UnknownCategories);
        Assert.Equal(2, unknown.Value.Count);
        Assert.Equal(2, unknown.Value.FirstRow);

        var own = new Dictionary<string, string> { [ScanCategoryMapping.KeyOf("Huisvuil en grofvuil gemengd")] = "restafval" };
        var (after, _) = Check(Long, ["NIS", "Jaar", "Fractie", "Ton"], DatasetKind.Huishoudafval, CategoryScheme.OvamWasteFractions, rows, own);

        Assert.Equal(0, after.ProblemCount);
        Assert.Equal("restafval", after.Categories.Single().Code);
    }

    [Fact]
    public void Reads_a_column_per_year_and_refuses_a_year_header_outside_the_range()
    {
        var mapping = new ImportMapping { Layout = ImportLayout.WideYears, AreaColumn = 1, CategoryColumn = 2, ValueColumns = [3, 4, 5] };

        var (checker, staged) = Check(mapping, ["Gemeente", "Sector", "1985", "2022", "2023"], DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2025,
            [["Gent", "62", "10", "1.000", "-"]]);

        var problem = Assert.Single(checker.Problems);
        Assert.Equal(ImportProblemKind.YearOutOfRange, problem.Kind);
        Assert.Equal((1L, 3), (problem.Row, problem.Column));
        Assert.Equal(2022, Assert.Single(staged).Year);
        Assert.Equal(1, checker.SkippedCount);
    }

    [Fact]
    public void Reads_a_column_per_category_with_one_area_for_the_whole_file()
    {
        var mapping = new ImportMapping { Layout = ImportLayout.WideCategories, FixedArea = "00000", YearColumn = 1, ValueColumns = [2, 3] };

        var (checker, staged) = Check(mapping, ["Jaar", "Huishoudens", "Transport"], DatasetKind.Co2Uitstoot, CategoryScheme.VekaCo2Sectors,
            [["2021", "98.000", "88.000"], ["2022", "96.000", "87.500"]]);

        Assert.Equal(0, checker.ProblemCount);
        Assert.Equal(4, staged.Count);
        Assert.Equal(["huishoudens", "transport"], checker.Categories.Select(c => c.Code));
        Assert.All(staged, s => Assert.Equal(AreaRegistry.OwnAreaCode, AreaRegistry.Instance.ByIndex(s.AreaIndex).Code));
    }

    [Fact]
    public void Refuses_cells_with_characters_from_the_wrong_encoding()
    {
        var (checker, _) = Check(Long, ["NIS", "Jaar", "Sector", "Banen"], DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008,
            [["41002", "2023", "Financi\uFFFDle activiteiten", "5"]]);

        Assert.Equal(ImportProblemKind.InvalidCharacters, Assert.Single(checker.Problems).Kind);
    }

    [Fact]
    public void Reports_a_missing_mapping_once_at_the_header()
    {
        var checker = new ImportChecker(new ImportMapping { Layout = ImportLayout.Long }, ["A"], 3, DatasetKind.Tewerkstelling,
            new CategoryResolver(CategoryCatalog.For(CategoryScheme.NaceBel2008), new Dictionary<string, string>()), NumberFormat.Belgian, "banen");

        Assert.Contains(checker.Problems, p => p is { Row: 3, Kind: ImportProblemKind.AreaMissing });
        Assert.Contains(checker.Problems, p => p is { Kind: ImportProblemKind.ColumnMissing });
    }

    [Fact]
    public void Refuses_values_implausible_for_their_unit_also_negative_tonnes_in_an_other_dataset()
    {
        var (checker, staged) = Check(Long, ["NIS", "Jaar", "Sector", "Banen"], DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008,
        [
            ["41002", "2023", "41", "1000000000000000000000000"],
            ["41002", "2023", "43", "3.100.000"], // all of Flanders' jobs in one cell is still plausible
        ]);
        Assert.Equal(ImportProblemKind.Implausible, checker.Problems.Single().Kind);
        Assert.Equal((2, 4), ((int)checker.Problems[0].Row, checker.Problems[0].Column));
        Assert.Equal(3_100_000, staged.Single().Value);

        var free = new ImportMapping { Layout = ImportLayout.Long, AreaColumn = 1, YearColumn = 2, CategoryColumn = 3, ValueColumn = 4, UnitColumn = 5 };
        var (other, _) = Check(free, ["NIS", "Jaar", "Soort", "Waarde", "Eenheid"], DatasetKind.Andere, CategoryScheme.Free,
        [
            ["41002", "2023", "papier", "-12", "ton"],
            ["41002", "2023", "saldo", "-12", "EUR"], // a balance in euro may be negative in a free dataset
        ]);
        Assert.Equal(ImportProblemKind.Negative, other.Problems.Single().Kind);
        Assert.Equal(2, other.Problems[0].Row);
    }

    [Fact]
    public void Reports_empty_value_cells_as_keys_without_a_value_and_a_second_cell_for_the_key_as_a_duplicate()
    {
        var checker = new ImportChecker(Long, ["NIS", "Jaar", "Sector", "Banen"], 1, DatasetKind.Tewerkstelling, new CategoryResolver(CategoryCatalog.For(CategoryScheme.NaceBel2008), new Dictionary<string, string>()), new NumberFormat(',', "."), "banen");
        var empty = new List<StagedObservation>();
        checker.OnEmpty = empty.Add;
        checker.CheckRow(2, ["41002", "2023", "41", ""]);
        checker.CheckRow(3, ["41002", "2023", "43", "n.b."]);
        checker.CheckRow(4, ["41002", "2023", "41", "12"]);

        Assert.Equal(2, checker.EmptyCount);
        Assert.All(empty, e => Assert.True(double.IsNaN(e.Value)));
        Assert.Equal(0, checker.ObservationCount);
        var duplicate = checker.Problems.Single();
        Assert.Equal((ImportProblemKind.Duplicate, 4L, 2L), (duplicate.Kind, duplicate.Row, duplicate.OtherRow!.Value));
    }

    [Fact]
    public void Refuses_a_row_with_replacement_characters_in_a_column_it_does_not_import()
    {
        var (checker, staged) = Check(Long, ["NIS", "Jaar", "Sector", "Banen", "Omschrijving"], DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008,
        [
            ["41002", "2023", "41", "12", "Bouw van geb\uFFFDuwen"],
        ]);
        Assert.Equal((ImportProblemKind.InvalidCharacters, 5), (checker.Problems.Single().Kind, checker.Problems[0].Column));
    }
}
