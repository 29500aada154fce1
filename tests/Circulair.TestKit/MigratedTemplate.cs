using Circulair.Persistence;
using Circulair.Web.Platform.Database;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Circulair.TestKit;

/// <summary>
/// An empty database built by the real migrations once per test process and provider, which every
/// <see cref="CirculairFactory"/> then starts from as a copy (a file copy on SQLite, <c>CREATE DATABASE … TEMPLATE</c> on
/// PostgreSQL). Applying the 26 migrations builds each one's target model, and a test run starts some hundred apps per
/// tier: an app started in 1.4–3.1 s migrating its own database, 0.7–1.3 s from a copy (decision 0495). The app still runs
/// its own migration step at start-up on the copy (finding nothing left to apply), and the template holds only what the
/// migrations write: no app has run on it, so no key ring, account or setting is shared between apps.
/// </summary>
internal static class MigratedTemplate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _sqliteFile;
    private static string? _postgresDatabase;

    /// <summary>Copies the migrated SQLite template to <paramref name="path"/>.</summary>
    public static async Task CopySqliteAsync(string path)
    {
        var template = await SqliteTemplateAsync();
        File.Copy(template, path);
    }

    /// <summary>Creates <paramref name="database"/> on <paramref name="server"/> as a copy of the migrated PostgreSQL template.</summary>
    public static async Task CreatePostgresAsync(string server, string database)
    {
        var template = await PostgresTemplateAsync(server);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> SqliteTemplateAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_sqliteFile is not null)
            {
                return _sqliteFile;
            }
            var folder = Path.Combine(Path.GetTempPath(), "circulair-tests", "template-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var file = Path.Combine(folder, "template.db");
            var connectionString = $"Data Source={file}";
            await MigrateAsync(DatabaseProvider.Sqlite, connectionString);
            // Everything in the one file: no write-ahead log left beside it, no connection holding it.
            await using (var connection = new SqliteConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await checkpoint.ExecuteNonQueryAsync();
            }
            SqliteConnection.ClearAllPools();
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            };
            return _sqliteFile = file;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<string> PostgresTemplateAsync(string server)
    {
        await Gate.WaitAsync();
        try
        {
            if (_postgresDatabase is not null)
            {
                return _postgresDatabase;
            }
            var database = "circulair_template_" + Guid.NewGuid().ToString("N")[..16];
            await using (var connection = new NpgsqlConnection(server))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ToString();
            await MigrateAsync(DatabaseProvider.PostgreSql, connectionString);
            // A template may have no other session open while it is copied.
            using (var pooled = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try
                {
                    using var connection = new NpgsqlConnection(server);
                    connection.Open();
                    using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
                    drop.ExecuteNonQuery();
                }
                catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
                {
                    // The server is gone already (the throw-away cluster of scripts/test stops after the tier).
                }
            };
            return _postgresDatabase = database;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The app's own provider configuration (<see cref="DatabaseSetup.Configure"/>) and migrations, without the app.</summary>
    private static async Task MigrateAsync(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<CirculairDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        await using var db = new CirculairDbContext(options.Options);
        await db.Database.MigrateAsync();
    }
}
