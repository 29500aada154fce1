using System.Globalization;
using System.Text;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// Issue 19's region import (decision 0410), on the configured database: the import keeps validating everything before
/// writing anything while its memory no longer grows with the rows. An error on the very last row of a large file
/// writes nothing; a duplicate of a key met after the first rows kept in memory still names the row that had it first
/// (found in the staged file); and replacing years a batch at a time stores and reports exactly what one pass does.
/// </summary>
public sealed class ScanRegionImportTests(SharedApp app)
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-BE");

    [Fact]
    public async Task An_error_on_the_last_row_of_a_large_file_writes_nothing_and_is_named_in_dutch()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "eerste.csv",
            Encoding.UTF8.GetBytes("NIS;Jaar;NACE;Banen\n41002;2005;41;12\n41002;2005;43;7\n"), LongMapping()));
        var before = await FiguresAsync(datasetId);

        var (csv, lastRow) = RegionFile(20, 30, 2000, 2020, bad: "12 banen"); // 12,600 rows, the text in the very last one
        var report = await ImportUntilCheckedAsync(client, org, datasetId, "regio.csv", csv, LongMapping());

        var problem = report.Document.QuerySelector("#problems tr[data-kind='NotANumber']");
        Assert.NotNull(problem);
        var cells = problem.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(lastRow.ToString(CultureInfo.InvariantCulture), cells[0]);
        Assert.Equal("D", cells[1]);
        Assert.Contains("'12 banen' is geen getal", cells[2], StringComparison.Ordinal);
        Assert.Single(report.Document.QuerySelectorAll("#problems tbody tr"));
        Assert.Null(report.Document.QuerySelector("form[action*='handler=Confirm']"));
        Assert.Equal(before, await FiguresAsync(datasetId));
    }

    [Fact]
    public async Task A_duplicate_far_into_a_file_names_the_row_that_had_the_key_first()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        // 280 municipalities × 80 divisions × 3 years = 67,200 keys, more than the checker keeps rows for in memory.
        var municipalities = Municipalities(280);
        var divisions = Divisions(80);
        var sb = new StringBuilder("NIS;Jaar;NACE;Banen\n");
        long row = 1;
        long firstRow = 0;
        foreach (var d in divisions)
        {
            foreach (var m in municipalities)
            {
                for (var year = 2021; year <= 2023; year++)
                {
                    row++;
                    if (d == divisions[^1] && m == municipalities[^3] && year == 2022)
                    {
                        firstRow = row;
                    }
                    sb.Append(CultureInfo.InvariantCulture, $"{m.Code};{year};{d.Code};{row % 97}\n");
                }
            }
        }
        Assert.True(row - 1 > ImportChecker.DefaultFirstRowsKept && firstRow - 1 > ImportChecker.DefaultFirstRowsKept);
        sb.Append(CultureInfo.InvariantCulture, $"{municipalities[^3].Code};2022;{divisions[^1].Code};5\n");

        var report = await ImportUntilCheckedAsync(client, org, datasetId, "regio.csv", Encoding.UTF8.GetBytes(sb.ToString()), LongMapping());

        var problem = report.Document.QuerySelector("#problems tr[data-kind='Duplicate']");
        Assert.NotNull(problem);
        var cells = problem.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal((row + 1).ToString(CultureInfo.InvariantCulture), cells[0]);
        Assert.Contains($"staan al in rij {firstRow}.", cells[2], StringComparison.Ordinal);
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task Replacing_years_a_batch_at_a_time_stores_and_reports_what_one_pass_does()
    {
        var (org, _, client) = await AalstAsync(app);
        var onePass = await NewDatasetAsync(client, org);
        var batched = await NewDatasetAsync(client, org);
        var first = RegionFile(3, 4, 2019, 2022, bad: null).Csv; // 12 figures a year
        foreach (var dataset in new[] { onePass, batched })
        {
            await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, dataset, "eerste.csv", first, LongMapping()));
        }
        var second = Second();

        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, onePass, "tweede.csv", second, LongMapping()));
        var ready = await ImportUntilCheckedAsync(client, org, batched, "tweede.csv", second, LongMapping());
        var importId = ImportId(ready);
        await app.WithDbAsync(async (db, sp) =>
        {
            var import = await db.ScanImports.SingleAsync(i => i.Id == importId);
            import.Confirm(DateTime.UtcNow);
            sp.GetRequiredService<ImportLeases>().Hold(import); // as the confirm page does, so no recovery sweep takes it
            await db.SaveChangesAsync();
            // At most 12 old figures at a time: every replaced year is a pass of its own.
            var runner = new ImportRunner(db, sp.GetRequiredService<UploadStore>(), sp.GetRequiredService<IObservationBulkWriter>(),
                sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ImportLeases>()) { OldFiguresPerPass = 12 };
            await runner.CommitAsync(importId, CancellationToken.None);
            return true;
        });

        Assert.Equal(await FiguresAsync(onePass), await FiguresAsync(batched));
        var expected = await ChangesAsync(onePass);
        var actual = await ChangesAsync(batched);
        Assert.Equal(expected.Select(Counts), actual.Select(Counts));
        Assert.Equal(expected.Select(Examples), actual.Select(Examples));
        // The file changes, removes, keeps (empty cell), adds and leaves figures in every replaced year, and adds a year.
        Assert.All(actual.Where(y => y.Replaced), y => Assert.True(y is { Changed: > 0, Removed: > 0, Kept: > 0, Added: > 0, Unchanged: > 0 }, y.ToString()));
        Assert.Equal([2020, 2021, 2022, 2023], actual.Select(y => y.Year));
        Assert.False(actual.Single(y => y.Year == 2023).Replaced);
        var batchedDataset = await app.WithDbAsync((db, _) => db.ScanDatasets.AsNoTracking().SingleAsync(d => d.Id == batched));
        Assert.Equal((await FiguresAsync(batched)).Count, batchedDataset.ObservationCount);
    }

    [Fact]
    public async Task An_import_checked_before_the_staged_layout_changed_fails_at_confirmation_and_writes_nothing()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "eerste.csv", RegionFile(2, 2, 2020, 2021, bad: null).Csv, LongMapping());
        var importId = ImportId(ready);
        await app.WithDbAsync(async (db, sp) =>
        {
            // What an upgrade leaves behind: the figures staged under the old name and layout (decision 0410).
            var store = sp.GetRequiredService<UploadStore>();
            var stored = (await db.ScanImports.SingleAsync(i => i.Id == importId)).StoredName;
            System.IO.File.Move(store.StagedPath(stored), Path.ChangeExtension(store.StagedPath(stored), ".staged"));
            return true;
        });

        var done = await ConfirmAsync(client, ready);

        var import = await app.WithDbAsync((db, _) => db.ScanImports.AsNoTracking().SingleAsync(i => i.Id == importId));
        Assert.Equal((ScanImportStatus.Failed, "Scan.Import.Error.Interrupted"), (import.Status, import.FailureKey));
        Assert.Contains("start de import opnieuw", done.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    /// <summary>Years 2020–2023 over the first file's 2019–2022: per year one figure changed, one left out, one empty, one new.</summary>
    private static byte[] Second()
    {
        var sb = new StringBuilder("NIS;Jaar;NACE;Banen\n");
        var municipalities = Municipalities(3);
        var divisions = Divisions(5); // the fifth division is new
        for (var year = 2020; year <= 2023; year++)
        {
            var i = 0;
            foreach (var m in municipalities)
            {
                foreach (var d in divisions)
                {
                    i++;
                    var value = d == divisions[4] ? (i * 3).ToString(CultureInfo.InvariantCulture) : Value(m, d, year);
                    if (i == 2)
                    {
                        value = "999"; // changed
                    }
                    else if (i == 3)
                    {
                        continue; // left out: removed
                    }
                    else if (i == 4)
                    {
                        value = ""; // empty: the stored figure stays
                    }
                    sb.Append(CultureInfo.InvariantCulture, $"{m.Code};{year};{d.Code};{value}\n");
                }
            }
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static (byte[] Csv, long LastRow) RegionFile(int areas, int divisions, int fromYear, int toYear, string? bad)
    {
        var sb = new StringBuilder("NIS;Jaar;NACE;Banen\n");
        long row = 1;
        foreach (var m in Municipalities(areas))
        {
            foreach (var d in Divisions(divisions))
            {
                for (var year = fromYear; year <= toYear; year++)
                {
                    row++;
                    sb.Append(CultureInfo.InvariantCulture, $"{m.Code};{year};{d.Code};{Value(m, d, year)}\n");
                }
            }
        }
        if (bad is not null)
        {
            // The last row of the file holds text where a number belongs.
            var text = sb.ToString();
            var cut = text.LastIndexOf(';', text.Length - 2);
            sb.Length = cut + 1;
            sb.Append(bad).Append('\n');
        }
        return (Encoding.UTF8.GetBytes(sb.ToString()), row);
    }

    private static string Value(Area m, Category d, int year) =>
        ((m.Index * 31 + int.Parse(d.Code, CultureInfo.InvariantCulture) * 7 + year) % 500 + 0.5).ToString("0.##", Nl);

    private static List<Area> Municipalities(int n) => [.. AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).OrderBy(a => a.Code, StringComparer.Ordinal).Take(n)];

    private static List<Category> Divisions(int n) => [.. CategoryCatalog.For(CategoryScheme.NaceBel2008).All.Where(c => c.Level == CategoryLevel.Division).Take(n)];

    private static string Counts(YearChange y) => $"{y.Year} {y.Replaced} +{y.Added} -{y.Removed} ~{y.Changed} ={y.Unchanged} kept {y.Kept}";

    private static string Examples(YearChange y) =>
        string.Join(", ", y.Examples.Select(e => $"{e.AreaCode}/{e.CategoryCode}: {e.Old?.ToString(CultureInfo.InvariantCulture)}→{e.New?.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal));

    private Task<List<string>> FiguresAsync(int datasetId) => app.WithDbAsync(async (db, _) =>
        (await db.ScanObservations.AsNoTracking().Where(o => o.ScanDatasetId == datasetId)
            .Select(o => new { o.AreaCode, o.Year, o.CategoryCode, o.Value, o.Unit }).ToListAsync())
        .Select(o => $"{o.AreaCode}|{o.Year}|{o.CategoryCode}|{o.Value.ToString("R", CultureInfo.InvariantCulture)}|{o.Unit}").Order(StringComparer.Ordinal).ToList());

    private Task<IReadOnlyList<YearChange>> ChangesAsync(int datasetId) => app.WithDbAsync(async (db, _) =>
    {
        var json = await db.ScanImports.AsNoTracking().Where(i => i.ScanDatasetId == datasetId && i.ChangeJson != null)
            .OrderByDescending(i => i.Id).Select(i => i.ChangeJson).FirstAsync();
        return ImportChangeReport.FromJson(json).Years;
    });
}
