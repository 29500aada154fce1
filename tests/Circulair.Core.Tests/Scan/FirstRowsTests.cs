using Circulair.Reference;
using Circulair.Scan;

namespace Circulair.Core.Tests.Scan;

/// <summary>The compact first-row table behind the duplicate check, and the check itself over many figures.</summary>
public sealed class FirstRowsTests
{
    [Fact]
    public void Finds_every_repeated_key_with_its_first_row_after_growing_many_times()
    {
        var table = new FirstRows();
        for (long k = 0; k < 200_000; k++)
        {
            Assert.True(table.TryAdd(k * 7919, k + 2, out _));
        }
        for (long k = 0; k < 200_000; k += 997)
        {
            Assert.False(table.TryAdd(k * 7919, 1_000_000, out var first));
            Assert.Equal(k + 2, first);
        }
        Assert.True(table.TryAdd(3, 5, out _)); // 3 is not a multiple of 7919
    }

    [Fact]
    public void Keeps_keys_and_rows_too_large_to_pack_and_finds_them_either_way()
    {
        var table = new FirstRows();
        const long hugeKey = 1L << 40;      // a category index beyond 2^20
        const long hugeRow = 100_000_000L;  // beyond 2^26 rows

        Assert.True(table.TryAdd(hugeKey, 3, out _));
        Assert.False(table.TryAdd(hugeKey, 4, out var first));
        Assert.Equal(3, first);

        Assert.True(table.TryAdd(42, hugeRow, out _));
        Assert.False(table.TryAdd(42, 7, out first)); // packable row, but the key came first with a large one
        Assert.Equal(hugeRow, first);

        Assert.True(table.TryAdd(43, 8, out _));
        Assert.False(table.TryAdd(43, hugeRow + 1, out first)); // large row, key first seen with a packable one
        Assert.Equal(8, first);
    }

    [Fact]
    public void The_checker_reports_a_duplicate_deep_in_a_large_file_with_the_first_row()
    {
        var mapping = new ImportMapping { Layout = ImportLayout.Long, AreaColumn = 1, YearColumn = 2, CategoryColumn = 3, ValueColumn = 4 };
        var checker = new ImportChecker(mapping, ["NIS", "Jaar", "NACE", "Banen"], 1, DatasetKind.Tewerkstelling,
            new CategoryResolver(CategoryCatalog.For(CategoryScheme.NaceBel2008), new Dictionary<string, string>()), NumberFormat.Belgian, "banen");
        var municipalities = AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).Take(50).ToList();
        var divisions = CategoryCatalog.For(CategoryScheme.NaceBel2008).All.Where(c => c.Level == CategoryLevel.Division).Take(40).ToList();
        long row = 1;
        long rowOfTarget = 0;
        foreach (var m in municipalities)
        {
            foreach (var d in divisions)
            {
                for (var year = 2000; year < 2020; year++)
                {
                    row++;
                    if (m == municipalities[10] && d == divisions[5] && year == 2011)
                    {
                        rowOfTarget = row;
                    }
                    checker.CheckRow(row, [m.Code, year.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Code, "12"]);
                }
            }
        }
        checker.CheckRow(++row, [municipalities[10].Name, "2011", divisions[5].Code, "13"]);

        Assert.Equal(50 * 40 * 20, checker.ObservationCount);
        var duplicate = Assert.Single(checker.Problems);
        Assert.Equal(ImportProblemKind.Duplicate, duplicate.Kind);
        Assert.Equal(row, duplicate.Row);
        Assert.Equal(4, duplicate.Column);
        Assert.Equal(rowOfTarget, duplicate.OtherRow);
    }
}
