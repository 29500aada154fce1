using System.Net;
using Microsoft.Data.Sqlite;

namespace Circulair.Web.Tests.Platform;

public sealed class HealthTests(SharedApp app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        using var client = app.NewClient();

        var health = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, health.Status);
    }

    [Fact]
    public async Task Live_and_ready_answer_200_when_the_database_answers()
    {
        using var client = app.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).Status);
    }

    /// <summary>An app of its own on SQLite whose database folder disappears after start-up.</summary>
    private sealed class FragileApp : CirculairFactory
    {
        public static readonly string Folder = Path.Combine(Path.GetTempPath(), "circulair-fragile-" + Guid.NewGuid().ToString("N"));

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Circulair"] = $"Data Source={Path.Combine(Folder, "db.sqlite")}",
        };
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_is_gone()
    {
        Directory.CreateDirectory(FragileApp.Folder);
        await using var fragile = new FragileApp();
        await fragile.InitializeAsync();
        using var client = fragile.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).Status);

        SqliteConnection.ClearAllPools();
        Directory.Delete(FragileApp.Folder, recursive: true);
        await File.WriteAllTextAsync(FragileApp.Folder, "not a folder");
        try
        {
            var health = await client.GetAsync("/health");
            var ready = await client.GetAsync("/health/ready");
            var live = await client.GetAsync("/health/live");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.Status);
            // Not ready: the balancer stops sending traffic. Still alive: no restart, it recovers with the database.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
            Assert.Equal(HttpStatusCode.OK, live.Status);
        }
        finally
        {
            File.Delete(FragileApp.Folder);
        }
    }
}
