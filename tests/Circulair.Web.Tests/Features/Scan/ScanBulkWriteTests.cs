using System.Globalization;
using System.Text;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// The fast path of the import on the configured database (SQLite or PostgreSQL): the provider's bulk writer stores
/// exactly the rows it is given and nothing when its transaction does not commit, and a file of thousands of rows
/// (more than one staging block, many write batches) is stored exactly, or not at all when one row is wrong.
/// </summary>
public sealed class ScanBulkWriteTests(SharedApp app)
{
    [Fact]
    public async Task The_bulk_writer_stores_exactly_the_rows_it_is_given()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var rows = Rows(org.Id, datasetId, 1_000 + 7); // not a multiple of any batch size

        var written = await app.WithDbAsync(async (db, sp) =>
        {
            var writer = sp.GetRequiredService<IObservationBulkWriter>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var cacheBefore = await SqliteCacheSizeAsync(db);
            var n = await writer.WriteAsync(db, rows, CancellationToken.None);
            Assert.Equal(cacheBefore, await SqliteCacheSizeAsync(db)); // the import's larger page cache does not outlive it
            await transaction.CommitAsync();
            return n;
        });

        Assert.Equal(rows.Count, written);
        var stored = await app.WithDbAsync((db, _) => db.ScanObservations.AsNoTracking().Where(o => o.ScanDatasetId == datasetId)
            .Select(o => new ObservationRow(o.OrganisationId, o.ScanDatasetId, o.AreaCode, o.Year, o.CategoryCode, o.Value, o.Unit)).ToListAsync());
        Assert.Equal(Sorted(rows), Sorted(stored));
    }

    [Fact]
    public async Task A_bulk_write_whose_transaction_is_rolled_back_leaves_nothing()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        await app.WithDbAsync(async (db, sp) =>
        {
            var writer = sp.GetRequiredService<IObservationBulkWriter>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(500, await writer.WriteAsync(db, Rows(org.Id, datasetId, 500), CancellationToken.None));
            await transaction.RollbackAsync();
            return true;
        });

        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task The_bulk_writer_refuses_to_write_outside_a_transaction()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        if (app.Provider != "Sqlite")
        {
            return; // binary COPY is atomic on its own; the SQLite writer needs the caller's transaction
        }

        await app.WithDbAsync(async (db, sp) =>
        {
            var writer = sp.GetRequiredService<IObservationBulkWriter>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(db, Rows(org.Id, datasetId, 3), CancellationToken.None));
            return true;
        });
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    [Fact]
    public async Task On_sqlite_the_figures_are_one_b_tree_ordered_by_their_key()
    {
        if (app.Provider != "Sqlite")
        {
            return;
        }
        var sql = await app.WithDbAsync(async (db, _) =>
        {
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'ScanObservations'";
            return (string)(await command.ExecuteScalarAsync())!;
        });

        Assert.EndsWith("WITHOUT ROWID", sql.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_of_thousands_of_rows_is_stored_exactly()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var (csv, figures) = LargeFile(bad: null);

        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "groot.csv", csv, LongMapping());
        Assert.Equal(figures.Count.ToString("N0", CultureInfo.GetCultureInfo("nl-BE")), ready.Text("[data-figure=observations]"));
        await ConfirmAsync(client, ready);

        var stored = await app.WithDbAsync((db, _) => db.ScanObservations.AsNoTracking().Where(o => o.ScanDatasetId == datasetId)
            .Select(o => new { o.AreaCode, o.Year, o.CategoryCode, o.Value, o.Unit, o.OrganisationId }).ToListAsync());
        Assert.Equal(figures.Count, stored.Count);
        Assert.All(stored, o => Assert.Equal(org.Id, o.OrganisationId));
        Assert.All(stored, o => Assert.Equal("banen", o.Unit));
        Assert.Equal(
            figures.Select(f => $"{f.Area}|{f.Year}|{f.Category}|{f.Value.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal),
            stored.Select(o => $"{o.AreaCode}|{o.Year}|{o.CategoryCode}|{o.Value.ToString(CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task One_bad_row_deep_in_a_large_file_is_named_and_nothing_is_stored()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var (csv, _) = LargeFile(bad: 5_000);

        var report = await ImportUntilCheckedAsync(client, org, datasetId, "groot.csv", csv, LongMapping());

        var problem = report.Document.QuerySelector("#problems tr[data-kind='NotANumber']");
        Assert.NotNull(problem);
        var cells = problem.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal("5000", cells[0]);
        Assert.Equal("D", cells[1]);
        Assert.Contains("'12 banen' is geen getal", cells[2], StringComparison.Ordinal);
        Assert.Single(report.Document.QuerySelectorAll("#problems tbody tr"));
        Assert.Null(report.Document.QuerySelector("form[action*='handler=Confirm']"));
        Assert.Equal(0, await ObservationCountAsync(app, org.Id));
    }

    /// <summary>12 municipalities × 30 divisions × 20 years = 7,200 rows (more than one 4,096-figure staging block); row <paramref name="bad"/> holds text.</summary>
    private static (byte[] Csv, List<(string Area, int Year, string Category, double Value)> Figures) LargeFile(int? bad)
    {
        var areas = AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).Take(12).ToList();
        var divisions = CategoryCatalog.For(CategoryScheme.NaceBel2008).All.Where(c => c.Level == CategoryLevel.Division).Take(30).ToList();
        var figures = new List<(string, int, string, double)>();
        var sb = new StringBuilder("NIS;Jaar;NACE;Banen\n");
        var row = 1;
        foreach (var a in areas)
        {
            foreach (var d in divisions)
            {
                for (var year = 2000; year < 2020; year++)
                {
                    row++;
                    var value = (row * 37 % 5000) + (row % 4) * 0.25;
                    figures.Add((a.Code, year, d.Code, value));
                    var text = row == bad ? "12 banen" : value.ToString("0.##", CultureInfo.GetCultureInfo("nl-BE"));
                    sb.Append(CultureInfo.InvariantCulture, $"{a.Code};{year};{d.Code};{text}\n");
                }
            }
        }
        return (Encoding.UTF8.GetBytes(sb.ToString()), figures);
    }

    private static List<ObservationRow> Rows(int organisationId, int datasetId, int count)
    {
        var areas = AreaRegistry.Instance.All.Where(a => a.Kind is AreaKind.Municipality or AreaKind.FormerMunicipality).ToList();
        string[] units = ["banen", "m³", "ton"];
        return [.. Enumerable.Range(0, count).Select(i => new ObservationRow(organisationId, datasetId, areas[i % areas.Count].Code, 1990 + i / areas.Count,
            $"C{i % 7}", i % 5 == 0 ? -2.5 * (i + 1) : i * 0.1 + 1e9 * (i % 3), units[i % units.Length]))];
    }

    private static List<string> Sorted(IEnumerable<ObservationRow> rows) =>
        [.. rows.Select(r => $"{r.OrganisationId}|{r.ScanDatasetId}|{r.AreaCode}|{r.Year}|{r.CategoryCode}|{r.Value.ToString("R", CultureInfo.InvariantCulture)}|{r.Unit}").Order(StringComparer.Ordinal)];

    private static async Task<long?> SqliteCacheSizeAsync(CirculairDbContext db)
    {
        if (db.Database.GetDbConnection() is not SqliteConnection connection)
        {
            return null;
        }
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA cache_size";
        command.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
