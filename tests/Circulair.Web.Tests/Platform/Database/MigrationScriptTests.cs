using Circulair.Migrations.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Circulair.Web.Tests.Platform.Database;

/// <summary>
/// What `dotnet ef migrations script` writes for SQLite: it builds its context with <see cref="DesignTimeFactory"/>, not
/// through the app, so the SQLite table options must be in the migrations themselves (decision 0230).
/// </summary>
public sealed class MigrationScriptTests
{
    [Fact]
    public async Task The_sqlite_script_of_dotnet_ef_creates_the_figures_table_without_rowid_as_the_app_does()
    {
        await using var design = new DesignTimeFactory().CreateDbContext([]);
        var script = design.GetService<IMigrator>().GenerateScript();

        Assert.Matches(@"CREATE TABLE ""(ef_temp_)?ScanObservations"" \([^;]*\) WITHOUT ROWID;", script);

        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var run = connection.CreateCommand())
        {
            run.CommandText = script;
            await run.ExecuteNonQueryAsync();
        }
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'ScanObservations'";
        var sql = (string)(await read.ExecuteScalarAsync())!;
        Assert.EndsWith("WITHOUT ROWID", sql.TrimEnd(), StringComparison.Ordinal);
    }
}
