using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Circulair.Web.Platform.Demo;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Circulair.Web.Tests.Platform.Upgrade;

/// <summary>
/// The previous release's database, from the fixture beside this file (previous-release.{sqlite,postgresql}.sql, written
/// by scripts/refresh-upgrade-fixture at each release; decision 0230): its schema, its migrations history and the demo
/// organisation. It is loaded into the empty test database before the app starts, so the app migrates it to this
/// build's schema at start-up, exactly as an operator's upgrade does. Row counts are taken of every table before the
/// start and right after it, before any test signs in.
/// </summary>
public sealed partial class PreviousReleaseApp : CirculairFactory
{
    public static string FixturePath(string provider) =>
        Path.Combine(Repository.Root, "tests", "Circulair.Web.Tests", "Platform", "Upgrade", $"previous-release.{provider.ToLowerInvariant()}.sql");

    public string Fixture => FixturePath(Provider);

    /// <summary>The demo coordinator's password, which the fixture's header records.</summary>
    public string DemoPassword => DemoLogin().Match(File.ReadAllText(Fixture)).Groups[1].Value;

    public IReadOnlyDictionary<string, long> RowsBefore { get; private set; } = new Dictionary<string, long>();
    public IReadOnlyDictionary<string, long> RowsAfter { get; private set; } = new Dictionary<string, long>();
    public IReadOnlyList<string> MigrationsBefore { get; private set; } = [];

    protected override async Task PrepareDatabaseAsync()
    {
        await using var connection = OpenRaw();
        await connection.OpenAsync();
        await using (var load = connection.CreateCommand())
        {
            load.CommandText = await File.ReadAllTextAsync(Fixture);
            load.CommandTimeout = 300;
            await load.ExecuteNonQueryAsync();
        }
        if (Provider != "Sqlite")
        {
            // pg_dump's script empties the session's search path (and sets other session settings); back to the defaults.
            await using var reset = connection.CreateCommand();
            reset.CommandText = "RESET ALL";
            await reset.ExecuteNonQueryAsync();
        }
        RowsBefore = await CountRowsAsync(connection);
        MigrationsBefore = await ReadColumnAsync(connection, """SELECT "MigrationId" FROM "__EFMigrationsHistory" ORDER BY "MigrationId" """);
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await using var connection = OpenRaw();
        await connection.OpenAsync();
        RowsAfter = await CountRowsAsync(connection);
    }

    /// <summary>A connection of its own, outside the app's pool: the PostgreSQL dump changes the session's search path.</summary>
    private DbConnection OpenRaw() => Provider == "Sqlite"
        ? new SqliteConnection(new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString())
        : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ToString());

    private async Task<Dictionary<string, long>> CountRowsAsync(DbConnection connection)
    {
        var tables = await ReadColumnAsync(connection, Provider == "Sqlite"
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            : "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public'");
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = Provider == "Sqlite" ? $"SELECT COUNT(*) FROM \"{table}\"" : $"SELECT COUNT(*) FROM public.\"{table}\"";
            counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync());
        }
        return counts;
    }

    private static async Task<List<string>> ReadColumnAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }
        return values;
    }

    [GeneratedRegex(@"^-- demo-login: \S+ / (\S+)$", RegexOptions.Multiline)]
    private static partial Regex DemoLogin();
}

public sealed class UpgradeTests(PreviousReleaseApp app) : IClassFixture<PreviousReleaseApp>
{
    /// <summary>Tables whose rows the upgrade itself may add: the migrations it applied, EF's migration lock.</summary>
    private static readonly string[] GrowsOnUpgrade = ["__EFMigrationsHistory", "__EFMigrationsLock"];

    [Fact]
    public async Task Migrating_the_previous_release_at_start_up_applies_every_new_migration_and_keeps_every_row()
    {
        Assert.True(File.Exists(app.Fixture), $"No upgrade fixture at {app.Fixture}; run scripts/refresh-upgrade-fixture.");
        var (all, pending) = await app.WithDbAsync(async (db, _) => (db.Database.GetMigrations().ToList(), (await db.Database.GetPendingMigrationsAsync()).ToList()));
        Assert.Empty(pending);
        Assert.NotEmpty(app.MigrationsBefore);
        Assert.Equal(app.MigrationsBefore, all.Take(app.MigrationsBefore.Count));

        // The fixture is the demo organisation, so the tables the method's tools fill are not empty before the upgrade.
        foreach (var table in new[] { "Organisations", "AspNetUsers", "Stakeholders", "StrategyGoals", "PlannedActions", "ScanDatasets", "ScanObservations", "Initiatives", "Workshops", "AuditEntries" })
        {
            Assert.True(app.RowsBefore.GetValueOrDefault(table) > 0, $"The fixture has no rows in {table}.");
        }
        foreach (var (table, before) in app.RowsBefore.Where(t => !GrowsOnUpgrade.Contains(t.Key)))
        {
            Assert.True(app.RowsAfter.TryGetValue(table, out var after), $"The upgrade dropped the table {table}.");
            Assert.True(before == after, $"{table}: {before} rows before the upgrade, {after} after.");
        }
        var names = await app.WithDbAsync((db, _) => db.Organisations.Select(o => o.Name).ToListAsync());
        Assert.Equal([DemoSeeder.OrganisationName], names);
    }

    [Fact]
    public async Task The_demo_coordinator_of_the_previous_release_logs_in_with_the_same_password_and_sees_the_demo_dashboard()
    {
        var client = await app.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, app.DemoPassword, "Demo"));

        var dashboard = await client.OpenAsync("/o/demostad");

        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Contains(DemoSeeder.OrganisationName, dashboard.MainText, StringComparison.Ordinal);
        Assert.Contains("3 datasets, 2 kansrijke domeinen", dashboard.MainText, StringComparison.Ordinal);
        var register = await client.OpenAsync("/o/demostad/stakeholders");
        Assert.Equal(HttpStatusCode.OK, register.Status);
        Assert.Equal(app.RowsBefore["Stakeholders"], register.Document.QuerySelectorAll("#register tbody tr").Length);
    }

    [Fact]
    public async Task On_sqlite_the_upgraded_figures_table_is_without_rowid()
    {
        if (app.Provider != "Sqlite")
        {
            return;
        }
        var sql = await app.WithDbAsync(async (db, _) =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'ScanObservations'";
            return (string)(await command.ExecuteScalarAsync())!;
        });
        Assert.EndsWith("WITHOUT ROWID", sql.TrimEnd(), StringComparison.Ordinal);
    }
}
