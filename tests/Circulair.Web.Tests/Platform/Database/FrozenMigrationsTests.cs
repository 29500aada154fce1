using System.Diagnostics;

namespace Circulair.Web.Tests.Platform.Database;

/// <summary>
/// Shipped migrations are history (decision 0230): scripts/check-frozen-migrations, run by scripts/check-migrations,
/// fails when a migration file listed in a Migrations/.frozen no longer has its recorded checksum.
/// </summary>
public sealed class FrozenMigrationsTests
{
    private static readonly string[] Folders =
    [
        Path.Combine(Repository.Root, "src", "Circulair.Migrations.Sqlite", "Migrations"),
        Path.Combine(Repository.Root, "src", "Circulair.Migrations.PostgreSql", "Migrations"),
    ];

    [Fact]
    public async Task The_initial_migrations_of_both_providers_are_frozen_and_unchanged()
    {
        foreach (var folder in Folders)
        {
            var listed = File.ReadAllLines(Path.Combine(folder, ".frozen")).Select(l => l.Split("  ", 2)[1]).ToList();
            Assert.Contains(listed, f => f.EndsWith("_Initial.cs", StringComparison.Ordinal));
            Assert.Contains(listed, f => f.EndsWith("_Initial.Designer.cs", StringComparison.Ordinal));
            Assert.DoesNotContain(listed, f => f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal));
        }

        var (exit, output) = await CheckAsync(Folders);

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task A_regenerated_shipped_migration_fails_the_check_and_is_named()
    {
        var copy = CopyOf(Folders[0]);
        var initial = Directory.GetFiles(copy, "*_Initial.cs").Single();
        File.AppendAllText(initial, "// regenerated\n");

        var (exit, output) = await CheckAsync([copy]);

        Assert.NotEqual(0, exit);
        Assert.Contains(Path.GetFileName(initial) + ": FAILED", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_migration_not_yet_released_passes_the_check()
    {
        var copy = CopyOf(Folders[1]);
        File.WriteAllText(Path.Combine(copy, "20991231000000_Later.cs"), "// a migration of the coming release\n");

        var (exit, output) = await CheckAsync([copy]);

        Assert.True(exit == 0, output);
    }

    private static string CopyOf(string folder)
    {
        var copy = Path.Combine(Path.GetTempPath(), "circulair-frozen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }
        return copy;
    }

    private static async Task<(int Exit, string Output)> CheckAsync(IEnumerable<string> folders)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", "check-frozen-migrations"));
        foreach (var folder in folders)
        {
            info.ArgumentList.Add(folder);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
