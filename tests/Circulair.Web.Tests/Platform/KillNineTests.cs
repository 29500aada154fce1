using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Circulair.Web.Tests.Platform.Archive;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// Issue 12: the app as a real process (`dotnet Circulair.Web.dll --demo`), four writers adding stakeholders through
/// the register's form as a signed-in coordinator would, then SIGKILL (`kill -9`, no shutdown of any kind) while they
/// are still writing. A write counts as acknowledged when the app answered it with its redirect to the new
/// stakeholder's page. The app is started again on the same database, and every acknowledged write must be there.
/// The figures go to docs/security.md.
/// </summary>
public sealed partial class KillNineTests(ITestOutputHelper output) : IDisposable
{
    private const int Writers = 4;
    private const int AcknowledgedBeforeKill = 120;

    private readonly string _folder = Directory.CreateTempSubdirectory("circulair-kill9-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Fact]
    public async Task SQLite_keeps_every_acknowledged_write_after_kill_9()
    {
        Tiers.RequireSqliteTier();
        var connectionString = $"Data Source={Path.Combine(_folder, "circulair.db")}";
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Circulair"] = connectionString,
        };
        await RunAsync(environment, async () =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT \"Name\" FROM \"Stakeholders\"";
            return await ReadNamesAsync(command);
        });
    }

    [Fact]
    public async Task PostgreSql_keeps_every_acknowledged_write_after_kill_9()
    {
        await ArchiveApp.RequirePostgresAsync();
        var database = "circulair_kill9_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync($"CREATE DATABASE \"{database}\"");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(CirculairFactory.PostgresServer) { Database = database }.ToString();
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Circulair"] = connectionString,
            };
            await RunAsync(environment, async () =>
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT \"Name\" FROM \"Stakeholders\"", connection);
                return await ReadNamesAsync(command);
            });
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private async Task RunAsync(Dictionary<string, string> database, Func<Task<HashSet<string>>> storedNames)
    {
        var environment = new Dictionary<string, string>(database)
        {
            ["Mail__PickupDirectory"] = Path.Combine(_folder, "mail"),
            ["Circulair__PublicUrl"] = "http://127.0.0.1",
        };
        var acknowledged = new ConcurrentQueue<string>();
        var failed = 0;
        string email, password;
        await using (var first = AppProcess.Start(_folder, environment, "--demo"))
        {
            await first.WaitUntilStartedOrExitedAsync();
            Assert.False(first.HasExited, first.Output);
            var login = DemoLogin().Match(first.Output);
            Assert.True(login.Success, first.Output);
            (email, password) = (login.Groups[1].Value, login.Groups[2].Value);

            // Each writer is its own signed-in browser: one form token, then one POST per stakeholder.
            var clients = new List<(AppClient Client, string Token)>();
            for (var w = 0; w < Writers; w++)
            {
                var client = new AppClient(first.Client());
                await LogInAsync(client, email, password);
                var form = await client.OpenAsync("/o/demostad/stakeholders/new");
                Assert.Equal(HttpStatusCode.OK, form.Status);
                clients.Add((client, form.AntiforgeryToken));
            }
            var writers = clients.Select((c, w) => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var name = $"Kill9 w{w} n{i}";
                    Page answer;
                    try
                    {
                        answer = await c.Client.PostAsync("/o/demostad/stakeholders/new",
                        [
                            new("Stakeholder.Name", name),
                            new("Stakeholder.Group", "Kringwinkel"),
                            new("__RequestVerificationToken", c.Token),
                        ]);
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                    {
                        return; // the process is gone: this write was never acknowledged
                    }
                    if (answer.Status == HttpStatusCode.Redirect && answer.Location?.StartsWith("/o/demostad/stakeholders/", StringComparison.Ordinal) == true)
                    {
                        acknowledged.Enqueue(name);
                    }
                    else
                    {
                        Interlocked.Increment(ref failed);
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddMinutes(3);
            while (acknowledged.Count < AcknowledgedBeforeKill && DateTime.UtcNow < deadline && writers.All(t => !t.IsCompleted))
            {
                await Task.Delay(20);
            }
            Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"Only {acknowledged.Count} writes acknowledged ({failed} refused): {first.Output}");

            // SIGKILL while the writers are still sending: no shutdown, no flush, no disposal.
            first.KillNow();
            await Task.WhenAll(writers);
            foreach (var (client, _) in clients)
            {
                client.Dispose();
            }
        }

        // Started again on the same database: it must come up and serve what was acknowledged.
        await using var second = AppProcess.Start(_folder, environment);
        await second.WaitUntilStartedOrExitedAsync();
        Assert.False(second.HasExited, second.Output);
        using (var client = new AppClient(second.Client()))
        {
            await LogInAsync(client, email, password);
            var register = await client.OpenAsync("/o/demostad/stakeholders");
            Assert.Equal(HttpStatusCode.OK, register.Status);
        }

        var stored = await storedNames();
        var sent = acknowledged.ToArray();
        var lost = sent.Where(n => !stored.Contains(n)).ToList();
        var inStore = stored.Count(n => n.StartsWith("Kill9 ", StringComparison.Ordinal));
        output.WriteLine($"kill -9: {sent.Length} writes acknowledged, {inStore} in the database after restart, {lost.Count} lost, {failed} refused");
        Assert.Empty(lost);
        Assert.Equal(0, failed);
        // Writes in flight at the kill may or may not have been committed; none may appear twice.
        Assert.True(inStore >= sent.Length);
    }

    private static async Task LogInAsync(AppClient client, string email, string password)
    {
        var page = await client.OpenAsync("/login");
        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    private static async Task<HashSet<string>> ReadNamesAsync(System.Data.Common.DbCommand command)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            Assert.True(names.Add(reader.GetString(0)) || !reader.GetString(0).StartsWith("Kill9 ", StringComparison.Ordinal), $"'{reader.GetString(0)}' was stored twice.");
        }
        return names;
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(CirculairFactory.PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"Demo login: (\S+) / (\S+)")]
    private static partial Regex DemoLogin();
}
