using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>
/// The page cache's front door with two app processes on one PostgreSQL database (decision 0172): a change saved
/// through one instance shows on the other, at once to the writer (the floor cookie) and to another member as soon as the
/// other instance hears PostgreSQL's announcement.
/// </summary>
public sealed partial class FrontDoorInstancesTests(SharedApp app)
{
    [Fact]
    public async Task A_change_saved_on_one_instance_shows_on_the_other_to_the_writer_at_once_and_to_another_member()
    {
        Assert.SkipUnless(app.Provider == "PostgreSql", "Needs PostgreSQL (CIRCULAIR_TEST_DATABASE=PostgreSql): two instances share one database.");
        var database = "circulair_door_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(CirculairFactory.PostgresServer) { Database = database }.ToString();
        await ExecuteAsync(CirculairFactory.PostgresServer, $"CREATE DATABASE \"{database}\"");
        var folder = Directory.CreateTempSubdirectory("circulair-door-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Circulair"] = connectionString,
                ["Mail__PickupDirectory"] = Path.Combine(folder, "mail"),
                ["Circulair__PublicUrl"] = "http://127.0.0.1",
            };
            await using var a = AppProcess.Start(folder, environment, "--demo");
            // Two app processes start on a busy 2-core CI machine next to the rest of the suite: be patient.
            await a.WaitUntilStartedOrExitedAsync(TimeSpan.FromMinutes(4));
            var login = DemoLogin().Match(a.Output);
            Assert.True(login.Success, a.Output);
            await using var b = AppProcess.Start(folder, environment);
            await b.WaitUntilStartedOrExitedAsync(TimeSpan.FromMinutes(4));
            Assert.False(b.HasExited, b.Output);

            // One browser (one cookie jar) whose requests go to either instance, and a second browser on B.
            var writerCookies = new CookieContainer();
            using var writerOnA = new AppClient(a.Client(writerCookies));
            using var writerOnB = new AppClient(b.Client(writerCookies));
            await LogInAsync(writerOnA, login.Groups[1].Value, login.Groups[2].Value);
            using var readerOnB = new AppClient(b.Client());
            await LogInAsync(readerOnB, login.Groups[1].Value, login.Groups[2].Value);
            const string dashboard = "/o/demostad";
            for (var i = 0; i < 3; i++)
            {
                await writerOnB.OpenAsync(dashboard);
                await readerOnB.OpenAsync(dashboard);
            }

            var name = "Voordeurstad " + Guid.NewGuid().ToString("N")[..6];
            var settings = await writerOnA.OpenAsync(dashboard + "/settings");
            var saved = await writerOnA.SubmitAsync(settings, new Dictionary<string, string?> { ["Organisation.Name"] = name });
            Assert.Equal(HttpStatusCode.Redirect, saved.Status);
            await writerOnA.OpenAsync(saved.Location!); // the flash message, shown once

            Assert.Equal(name, (await writerOnB.OpenAsync(dashboard)).Text(".cx-header__org"));
            string? seen = null;
            for (var attempt = 0; attempt < 300 && seen != name; attempt++)
            {
                seen = (await readerOnB.OpenAsync(dashboard)).Text(".cx-header__org");
                if (seen != name)
                {
                    await Task.Delay(100);
                }
            }
            Assert.Equal(name, seen);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(CirculairFactory.PostgresServer, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task LogInAsync(AppClient client, string email, string password)
    {
        var login = await client.OpenAsync("/login");
        var result = await client.SubmitAsync(login, new Dictionary<string, string?> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [GeneratedRegex(@"Demo login: (\S+) / (\S+)")]
    private static partial Regex DemoLogin();
}
