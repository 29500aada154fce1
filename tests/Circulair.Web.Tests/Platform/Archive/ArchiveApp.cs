using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Demo;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>An app of its own holding the demo organisation, on the database the test asks for.</summary>
public class ArchiveApp(string? provider) : CirculairFactory(provider)
{
    public int DemoOrganisationId { get; private set; }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        using var scope = Services.CreateScope();
        await DemoSeeder.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        DemoOrganisationId = await WithDbAsync((db, _) => Task.FromResult(db.Organisations.Single(o => o.Slug == "demostad").Id));
    }

    public async Task<byte[]> ExportAsync(int organisationId)
    {
        using var scope = Services.CreateScope();
        using var output = new MemoryStream();
        await scope.ServiceProvider.GetRequiredService<OrganisationExport>().WriteAsync(organisationId, output, CancellationToken.None);
        return output.ToArray();
    }

    public async Task<ArchiveImportResult> ImportAsync(byte[] archive, ArchiveImportRequest? request = null)
    {
        using var scope = Services.CreateScope();
        using var input = new MemoryStream(archive);
        return await scope.ServiceProvider.GetRequiredService<OrganisationImport>().RunAsync(input, request ?? new ArchiveImportRequest(), CancellationToken.None);
    }

    /// <summary>Whether the PostgreSQL server of the test suite answers; tests needing it skip when it does not (unless CI requires all tiers).</summary>
    public static async Task RequirePostgresAsync()
    {
        // The SQLite tier runs without a PostgreSQL server; the PostgreSQL tier (CIRCULAIR_TEST_DATABASE=PostgreSql, with
        // the server in CIRCULAIR_TEST_POSTGRES) runs these tests, so CI's rule that every tier runs holds there.
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CIRCULAIR_TEST_POSTGRES"))
            && Environment.GetEnvironmentVariable("CIRCULAIR_TEST_DATABASE") != "PostgreSql")
        {
            Assert.Skip("Runs in the PostgreSQL tier (set CIRCULAIR_TEST_POSTGRES to run it here).");
        }
        try
        {
            await using var connection = new NpgsqlConnection(PostgresServer + ";Timeout=3");
            await connection.OpenAsync();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            if (Environment.GetEnvironmentVariable("CIRCULAIR_REQUIRE_ALL_TIERS") == "1")
            {
                throw;
            }
            Assert.Skip($"No PostgreSQL server at {PostgresServer} (set CIRCULAIR_TEST_POSTGRES): {e.Message}");
        }
    }
}

/// <summary>The archive app on the database CIRCULAIR_TEST_DATABASE names, as a class fixture.</summary>
public sealed class ArchiveAppOfThisRun() : ArchiveApp(null);
