using Circulair.Web.Platform.Archive;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>
/// Moving an organisation between the two databases: the demo organisation exported from SQLite and imported into a
/// PostgreSQL installation that already holds an organisation (and the reverse) reads the same, table by table.
/// </summary>
public sealed class ArchiveBetweenDatabasesTests
{
    [Fact]
    public Task Sqlite_to_PostgreSql_keeps_every_row() => MoveAsync("Sqlite", "PostgreSql");

    [Fact]
    public Task PostgreSql_to_Sqlite_keeps_every_row() => MoveAsync("PostgreSql", "Sqlite");

    private static async Task MoveAsync(string from, string to)
    {
        await ArchiveApp.RequirePostgresAsync();
        await using var source = new ArchiveApp(from);
        await source.InitializeAsync();
        await using var target = new ArchiveApp(to);
        await target.InitializeAsync();

        var expected = await OrganisationContent.ReadAsync(source, source.DemoOrganisationId);
        var archive = await source.ExportAsync(source.DemoOrganisationId);
        // The target is not empty: it has its own demo organisation under the same slug, so the move asks for another.
        var refused = await target.ImportAsync(archive);
        Assert.Equal("Organisations.Archive.Error.SlugTaken", refused.Refusal?.Key);
        var result = await target.ImportAsync(archive, new ArchiveImportRequest(refused.Refusal!.SuggestedSlug));

        Assert.True(result.Succeeded, result.Refusal?.Key + " " + string.Join(", ", result.Refusal?.Arguments ?? []));
        OrganisationContent.AssertEqual(expected, await OrganisationContent.ReadAsync(target, result.OrganisationId!.Value));
    }
}
