using System.Collections.Concurrent;
using System.Diagnostics;
using Circulair.Stakeholders;
using Circulair.Web.Tests.Platform.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Circulair.Web.Tests.Platform.Backup;

/// <summary>
/// scripts/backup and scripts/restore as an operator runs them: a backup taken while four writers keep saving through
/// the app's DbContext, restored elsewhere, holds every write acknowledged before the backup began (later ones may or
/// may not be there), and a new app starts on the restored database. The figures go to docs/security.md.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper output)
{
    private static string Root => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));

    [Fact]
    public Task SQLite_online_backup_under_write_load_keeps_every_acknowledged_write()
    {
        Tiers.RequireSqliteTier();
        return RunAsync("Sqlite");
    }

    [Fact]
    public async Task PostgreSql_pg_dump_under_write_load_keeps_every_acknowledged_write()
    {
        await ArchiveApp.RequirePostgresAsync();
        if (!Directory.EnumerateDirectories("/usr/lib/postgresql").Any(d => File.Exists(Path.Combine(d, "bin", "pg_dump"))) && !OnPath("pg_dump"))
        {
            if (Environment.GetEnvironmentVariable("CIRCULAIR_REQUIRE_ALL_TIERS") == "1")
            {
                Assert.Fail("pg_dump is not installed");
            }
            Assert.Skip("pg_dump is not installed (apt-get install postgresql-client)");
        }
        await RunAsync("PostgreSql");
    }

    private async Task RunAsync(string provider)
    {
        var work = Path.Combine(Path.GetTempPath(), "circulair-backup-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        string? restoredDatabase = null;
        try
        {
            await using var app = new ArchiveApp(provider);
            await app.InitializeAsync();
            var org = await app.NewOrganisationAsync();
            var acknowledged = new ConcurrentQueue<string>();
            var failures = 0;
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(1, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; !stop.IsCancellationRequested; i++)
                {
                    var name = $"w{w}-{i}";
                    try
                    {
                        await app.WithDbAsync(async db =>
                        {
                            db.Stakeholders.Add(new Stakeholder(org.Id, new StakeholderDetails { Name = name }, DateTime.UtcNow));
                            await db.SaveChangesAsync(CancellationToken.None);
                        });
                        acknowledged.Enqueue(name);
                    }
                    catch (Exception e) when (e is DbUpdateException or InvalidOperationException or NpgsqlException or Microsoft.Data.Sqlite.SqliteException)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            })).ToList();
            await WaitForAsync(() => acknowledged.Count >= 200);

            var before = acknowledged.ToArray();
            string backup;
            if (provider == "Sqlite")
            {
                backup = Path.Combine(work, "backup.db");
                await RunScriptAsync("backup", "sqlite", new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(app.ConnectionString).DataSource, backup);
            }
            else
            {
                backup = Path.Combine(work, "backup.dump");
                await RunScriptAsync("backup", "postgres", LibpqConnInfo(app.ConnectionString), backup);
            }
            var atBackupEnd = acknowledged.Count;
            await WaitForAsync(() => acknowledged.Count >= atBackupEnd + 100);
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            string restored;
            if (provider == "Sqlite")
            {
                var path = Path.Combine(work, "elsewhere", "restored.db");
                await RunScriptAsync("restore", "sqlite", backup, path);
                restored = $"Data Source={path}";
            }
            else
            {
                restoredDatabase = "circulair_restored_" + Guid.NewGuid().ToString("N")[..12];
                await ExecuteAsync($"CREATE DATABASE \"{restoredDatabase}\"");
                restored = new NpgsqlConnectionStringBuilder(CirculairFactory.PostgresServer) { Database = restoredDatabase }.ToString();
                await RunScriptAsync("restore", "postgres", backup, LibpqConnInfo(restored));
            }

            // A new app starts on the restored database (the migrations find it up to date) and reads the writes.
            await using var elsewhere = new RestoredApp(provider, restored);
            await elsewhere.InitializeAsync();
            var found = (await elsewhere.WithDbAsync((db, _) => db.Stakeholders.Where(s => s.OrganisationId == org.Id).Select(s => s.Name).ToListAsync())).ToHashSet();
            var lost = before.Where(n => !found.Contains(n)).ToList();
            var total = acknowledged.Count;
            output.WriteLine($"{provider}: {total} writes acknowledged by 4 writers ({failures} refused), {before.Length} before the backup began, {found.Count} in the restored copy, lost {lost.Count}.");
            Assert.Empty(lost);
            Assert.True(found.Count <= total, "the restored copy holds writes nobody made");
        }
        finally
        {
            if (restoredDatabase is not null)
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync($"DROP DATABASE IF EXISTS \"{restoredDatabase}\" WITH (FORCE)");
            }
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the writers made no progress");
            await Task.Delay(20);
        }
    }

    private static string LibpqConnInfo(string npgsql)
    {
        var b = new NpgsqlConnectionStringBuilder(npgsql);
        return $"host={b.Host} port={b.Port} user={b.Username} dbname={b.Database}";
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(CirculairFactory.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Root, "scripts", script)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        output.WriteLine($"scripts/{script} {string.Join(' ', arguments)}: {await stdout}{await stderr}");
        Assert.True(process.ExitCode == 0, $"scripts/{script} failed: {await stderr}");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => File.Exists(Path.Combine(d, tool)));

    /// <summary>An app on a database someone else made (the restored copy).</summary>
    private sealed class RestoredApp(string provider, string connectionString) : CirculairFactory(provider)
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["ConnectionStrings:Circulair"] = connectionString };
    }
}
