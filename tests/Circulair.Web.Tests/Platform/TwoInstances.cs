using System.Net;
using System.Text.RegularExpressions;
using Npgsql;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// Two app processes on one fresh PostgreSQL database, the first started with the demo: what a load balancer in
/// front of two instances looks like. Disposing stops both and drops the database.
/// </summary>
internal sealed partial class TwoInstances : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _folder;

    private TwoInstances(string database, string folder)
    {
        _database = database;
        _folder = folder;
    }

    public AppProcess A { get; private set; } = null!;
    public AppProcess B { get; private set; } = null!;
    public string DemoEmail { get; private set; } = "";
    public string DemoPassword { get; private set; } = "";

    public static async Task<TwoInstances> StartAsync()
    {
        var instances = new TwoInstances("circulair_two_" + Guid.NewGuid().ToString("N")[..12], Directory.CreateTempSubdirectory("circulair-two-").FullName);
        try
        {
            await ExecuteAsync($"CREATE DATABASE \"{instances._database}\"");
            var environment = new Dictionary<string, string>
            {
                ["Database__Provider"] = "PostgreSql",
                ["ConnectionStrings__Circulair"] = new NpgsqlConnectionStringBuilder(CirculairFactory.PostgresServer) { Database = instances._database }.ToString(),
                ["Mail__PickupDirectory"] = Path.Combine(instances._folder, "mail"),
                ["Circulair__PublicUrl"] = "http://127.0.0.1",
            };
            instances.A = AppProcess.Start(instances._folder, environment, "--demo");
            // Two app processes start on a busy 2-core CI machine next to the rest of the suite: be patient.
            await instances.A.WaitUntilStartedOrExitedAsync(TimeSpan.FromMinutes(4));
            var login = DemoLogin().Match(instances.A.Output);
            Assert.True(login.Success, instances.A.Output);
            (instances.DemoEmail, instances.DemoPassword) = (login.Groups[1].Value, login.Groups[2].Value);
            instances.B = AppProcess.Start(instances._folder, environment);
            await instances.B.WaitUntilStartedOrExitedAsync(TimeSpan.FromMinutes(4));
            Assert.False(instances.B.HasExited, instances.B.Output);
            return instances;
        }
        catch
        {
            await instances.DisposeAsync();
            throw;
        }
    }

    /// <summary>Logs the demo member in through the log-in form of whichever instance the client talks to.</summary>
    public async Task LogInAsync(AppClient client)
    {
        var page = await client.OpenAsync("/login");
        var result = await client.SubmitAsync(page, new Dictionary<string, string?> { ["Input.Email"] = DemoEmail, ["Input.Password"] = DemoPassword });
        Assert.Equal(HttpStatusCode.Redirect, result.Status);
    }

    public async ValueTask DisposeAsync()
    {
        if (B is not null)
        {
            await B.DisposeAsync();
        }
        if (A is not null)
        {
            await A.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
        Directory.Delete(_folder, recursive: true);
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
