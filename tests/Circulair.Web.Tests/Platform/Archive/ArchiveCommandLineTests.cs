using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Platform.Archive;

/// <summary>
/// <c>--export-org SLUG FILE</c> and <c>--import-org FILE [--slug SLUG]</c> as an operator runs them: the built app as a
/// child process on the SQLite database (and file folder) of an app that holds the demo organisation. The export and
/// the import under a new slug give equal content; a bad file or an incomplete command ends with exit code 1, one
/// clear line and nothing written. Always SQLite: the command is the same on both databases, and the archive itself
/// is moved between them by <see cref="ArchiveBetweenDatabasesTests"/>.
/// </summary>
public sealed class ArchiveCommandLineTests : IAsyncLifetime
{
    private readonly ArchiveApp _app = new("Sqlite");
    private readonly string _folder = Directory.CreateTempSubdirectory("circulair-archive-cli-").FullName;

    public async ValueTask InitializeAsync() => await _app.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The same database and stored files as the test's app; the rest as in production.</summary>
    private Dictionary<string, string> Environment()
    {
        var database = _app.ConnectionString["Data Source=".Length..];
        return new()
        {
            ["Database__Provider"] = "Sqlite",
            ["ConnectionStrings__Circulair"] = _app.ConnectionString,
            ["Files__Folder"] = Path.Combine(Path.GetDirectoryName(database)!, "files"),
        };
    }

    /// <summary>Runs the app with <paramref name="arguments"/> until it exits; its exit code and console lines.</summary>
    private async Task<(int Exit, string Output, IReadOnlyList<string> Lines)> RunAsync(params string[] arguments)
    {
        await using var process = AppProcess.Start(_folder, Environment(), arguments);
        var exit = await process.WaitForExitAsync();
        return (exit, process.Output, process.Lines);
    }

    private Task<int> OrganisationCountAsync() => _app.WithDbAsync((db, _) => db.Organisations.CountAsync());

    private static void AssertNoStackTrace(IReadOnlyList<string> lines) =>
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) || l.Contains("Unhandled exception", StringComparison.Ordinal));

    [Fact]
    public async Task Exports_the_demo_organisation_to_a_file_and_imports_it_under_a_new_slug_with_equal_content()
    {
        Tiers.RequireSqliteTier();
        var file = Path.Combine(_folder, "demostad.zip");
        var before = await OrganisationContent.ReadAsync(_app, _app.DemoOrganisationId);

        var export = await RunAsync("--export-org", "demostad", file);

        Assert.True(export.Exit == 0, export.Output);
        Assert.Contains($"Organisatie demostad geëxporteerd naar {file}.", export.Lines);
        Assert.True(new FileInfo(file).Length > 0);
        Assert.False(File.Exists(file + ".part"));

        var import = await RunAsync("--import-org", file, "--slug", "demostad-kopie");

        Assert.True(import.Exit == 0, import.Output);
        Assert.Contains("Organisatie geïmporteerd als demostad-kopie.", import.Lines);
        var copy = await _app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Slug == "demostad-kopie").Select(o => o.Id).SingleAsync());
        Assert.NotEqual(_app.DemoOrganisationId, copy);
        Assert.True(before["Stakeholder"].Count > 0 && before["PlannedAction"].Count > 0);
        OrganisationContent.AssertEqual(before, await OrganisationContent.ReadAsync(_app, copy));
    }

    [Fact]
    public async Task A_bad_file_a_missing_file_an_unknown_organisation_or_an_incomplete_command_exits_with_1_and_one_clear_line()
    {
        Tiers.RequireSqliteTier();
        var organisations = await OrganisationCountAsync();
        var bad = Path.Combine(_folder, "kapot.zip");
        await File.WriteAllBytesAsync(bad, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5]);

        var damaged = await RunAsync("--import-org", bad, "--slug", "kapot");
        Assert.Equal(1, damaged.Exit);
        Assert.Contains("Dit bestand is geen volledig Circulair-archief: het is afgebroken of van een ander soort. Exporteer de organisatie opnieuw en probeer nog eens.", damaged.Lines);
        AssertNoStackTrace(damaged.Lines);

        var missing = await RunAsync("--import-org", Path.Combine(_folder, "bestaat-niet.zip"));
        Assert.Equal(1, missing.Exit);
        Assert.Contains(missing.Lines, l => l.StartsWith("Kan ", StringComparison.Ordinal) && l.Contains("bestaat-niet.zip", StringComparison.Ordinal) && l.Contains("niets geïmporteerd", StringComparison.Ordinal));
        AssertNoStackTrace(missing.Lines);

        var unknown = await RunAsync("--export-org", "bestaat-niet", Path.Combine(_folder, "x.zip"));
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("Geen organisatie met adres bestaat-niet.", unknown.Lines);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));

        var unwritable = Path.Combine(_folder, "geen-map", "demostad.zip");
        var cannotWrite = await RunAsync("--export-org", "demostad", unwritable);
        Assert.Equal(1, cannotWrite.Exit);
        Assert.Contains(cannotWrite.Lines, l => l.StartsWith("Kan niet schrijven naar " + unwritable, StringComparison.Ordinal));
        AssertNoStackTrace(cannotWrite.Lines);

        // Without its file the command must not fall through to starting the web server.
        var incomplete = await RunAsync("--import-org");
        Assert.Equal(1, incomplete.Exit);
        Assert.Contains(incomplete.Lines, l => l.StartsWith("Gebruik: --export-org", StringComparison.Ordinal));

        Assert.Equal(organisations, await OrganisationCountAsync());
        Assert.False(await _app.WithDbAsync((db, _) => db.Organisations.AnyAsync(o => o.Slug == "kapot")));
    }
}
