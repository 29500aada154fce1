using System.Globalization;
using Circulair.Reference;
using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

/// <summary>
/// Decision 0410: the check's memory does not grow with the number of rows. Whether a key was met is a bit per area in a
/// block per category × year (<see cref="SeenKeys"/>); only the first keys keep their row in memory, and a duplicate of a
/// later key gets its first row from the figures passed on, in file order, after the pass.
/// </summary>
public sealed class StreamingCheckTests
{
    private static readonly ImportMapping Long = new() { Layout = ImportLayout.Long, AreaColumn = 1, YearColumn = 2, CategoryColumn = 3, ValueColumn = 4 };

    private static ImportChecker Checker(List<StagedObservation> passedOn, int firstRowsKept = ImportChecker.DefaultFirstRowsKept)
    {
        var checker = new ImportChecker(Long, ["NIS", "Jaar", "NACE", "Banen"], 1, DatasetKind.Tewerkstelling,
            new CategoryResolver(CategoryCatalog.For(CategoryScheme.NaceBel2008), new Dictionary<string, string>()), NumberFormat.Belgian, "banen")
        {
            FirstRowsKept = firstRowsKept,
        };
        checker.OnObservation = passedOn.Add;
        checker.OnEmpty = passedOn.Add;
        return checker;
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Seen_keys_tell_new_keys_from_repeated_ones_across_many_pairs_and_the_edges_of_a_block()
    {
        var seen = new SeenKeys();
        var keys = new List<long>();
        for (var category = 0; category < 300; category++)
        {
            for (var year = 1990; year < 2030; year += 3)
            {
                foreach (var area in new[] { 0, 63, 64, 511, 1023 })
                {
                    keys.Add(ImportChecker.Key(area, year, category));
                }
            }
        }
        keys.Add(ImportChecker.Key(5, 2100, 5_000_000)); // a category index far beyond the packed duplicate table's

        Assert.All(keys, k => Assert.True(seen.Add(k)));
        Assert.All(keys, k => Assert.False(seen.Add(k)));
        Assert.Equal(300 * 14 + 1, seen.Pairs);
        Assert.True(seen.Add(ImportChecker.Key(1, 1990, 0)));  // a neighbour in a block that exists
        Assert.True(seen.Add(ImportChecker.Key(0, 1991, 0)));  // the same area in a year not met
    }

    [Fact]
    public void A_duplicate_of_a_key_beyond_the_kept_rows_gets_its_first_row_from_the_figures_passed_on()
    {
        var passedOn = new List<StagedObservation>();
        var checker = Checker(passedOn, firstRowsKept: 4);
        string[] divisions = ["01", "02", "03", "10", "11", "41", "43", "47"];
        long row = 1;
        foreach (var d in divisions)
        {
            checker.CheckRow(++row, ["41002", "2023", d, "12"]); // rows 2–9
        }
        checker.CheckRow(++row, ["41002", "2023", "45", ""]);   // row 10: an empty cell occupies its key
        checker.CheckRow(++row, ["41002", "2023", "02", "13"]); // row 11: first row (3) still in memory
        checker.CheckRow(++row, ["41002", "2023", "43", "14"]); // row 12: first row 8, beyond the kept four
        checker.CheckRow(++row, ["Aalst", "2023", "43", "15"]); // row 13: the same key again
        checker.CheckRow(++row, ["41002", "2023", "45", "16"]); // row 14: the empty cell's key

        Assert.Equal(4, checker.ProblemCount);
        Assert.Equal(new long?[] { 3, null, null, null }, checker.Problems.Select(p => p.OtherRow));
        Assert.True(checker.HasDuplicatesWithoutFirstRow);

        checker.FindFirstRows(passedOn);

        Assert.False(checker.HasDuplicatesWithoutFirstRow);
        Assert.All(checker.Problems, p => Assert.Equal(ImportProblemKind.Duplicate, p.Kind));
        Assert.Equal([(11L, 3L), (12L, 8L), (13L, 8L), (14L, 10L)], checker.Problems.Select(p => (p.Row, p.OtherRow!.Value)));
        Assert.Equal(divisions.Length, checker.ObservationCount);
    }

    [Fact]
    public void Over_hundreds_of_thousands_of_keys_only_true_duplicates_are_reported_each_with_its_first_row()
    {
        var passedOn = new List<StagedObservation>();
        var checker = Checker(passedOn);
        var municipalities = AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).Take(100).ToList();
        var divisions = CategoryCatalog.For(CategoryScheme.NaceBel2008).All.Where(c => c.Level == CategoryLevel.Division).Take(60).ToList();
        long row = 1;
        var rowOf = new Dictionary<(string, string, int), long>();
        foreach (var d in divisions)
        {
            foreach (var m in municipalities)
            {
                for (var year = 1995; year < 2025; year++)
                {
                    rowOf[(m.Code, d.Code, year)] = ++row;
                    checker.CheckRow(row, [m.Code, Year(year), d.Code, "1"]);
                }
            }
        }
        var early = (municipalities[2].Code, divisions[0].Code, 1996);
        var late = (municipalities[^1].Code, divisions[^1].Code, 2024);
        checker.CheckRow(++row, [early.Item1, Year(early.Item3), early.Item2, "2"]);
        checker.CheckRow(++row, [late.Item1, Year(late.Item3), late.Item2, "2"]);
        checker.FindFirstRows(passedOn);

        Assert.Equal(100 * 60 * 30, checker.ObservationCount);
        Assert.True(checker.ObservationCount > ImportChecker.DefaultFirstRowsKept);
        Assert.Equal([rowOf[early], rowOf[late]], checker.Problems.Select(p => p.OtherRow!.Value));
        Assert.Equal([row - 1, row], checker.Problems.Select(p => p.Row));
    }

    [Fact]
    public void The_figures_passed_on_carry_their_row()
    {
        var passedOn = new List<StagedObservation>();
        var checker = Checker(passedOn);
        checker.CheckRow(7, ["41002", "2023", "41", "12"]);
        checker.CheckRow(9, ["41002", "2023", "43", ""]);

        Assert.Equal([7L, 9L], passedOn.Select(o => o.Row));
    }

    [Fact]
    public void A_year_counts_each_area_once()
    {
        var tally = new YearTally();
        foreach (var area in new[] { 3, 700, 3, 3, 1023, 700, 2000, 2000 })
        {
            tally.AddArea(area);
        }

        Assert.Equal([3, 700, 1023, 2000], tally.Areas.Order());
    }
}
