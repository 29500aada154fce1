using Circulair.Audit;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Archive;

/// <summary>
/// <c>--export-org SLUG FILE</c> and <c>--import-org FILE [--slug SLUG]</c>: the organisation archive from the command
/// line, against the database the configuration names (after migrating it), without starting the web server.
/// </summary>
public sealed record ArchiveCommandLine(string Verb, string File, string? Slug)
{
    /// <summary>Takes the archive arguments out of <paramref name="args"/>; null when there are none.</summary>
    public static ArchiveCommandLine? Take(ref string[] args)
    {
        var list = args.ToList();
        ArchiveCommandLine? command = null;
        string? slug = null;
        var at = list.IndexOf("--slug");
        if (at >= 0 && at + 1 < list.Count)
        {
            slug = list[at + 1];
            list.RemoveRange(at, 2);
        }
        at = list.IndexOf("--export-org");
        if (at >= 0 && at + 2 < list.Count)
        {
            command = new ArchiveCommandLine("export", list[at + 2], list[at + 1]);
            list.RemoveRange(at, 3);
        }
        at = list.IndexOf("--import-org");
        if (at >= 0 && at + 1 < list.Count)
        {
            command = new ArchiveCommandLine("import", list[at + 1], slug);
            list.RemoveRange(at, 2);
        }
        if (command is not null)
        {
            args = [.. list];
        }
        return command;
    }

    /// <summary>Runs the command; returns the process exit code (0 done, 1 refused or failed).</summary>
    public async Task<int> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CirculairDbContext>();
        db.ActAs(new SystemActor("Circulair (archief)"));
        var t = sp.GetRequiredService<Localization.Text>();
        if (Verb == "export")
        {
            var id = await db.Organisations.Where(o => o.Slug == Slug).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (id is null)
            {
                Console.Error.WriteLine(t["Organisations.Archive.Cli.NoSuchOrganisation", Slug ?? ""]);
                return 1;
            }
            await using (var output = new FileStream(File, FileMode.Create, FileAccess.Write))
            {
                await sp.GetRequiredService<OrganisationExport>().WriteAsync(id.Value, output, ct);
            }
            Console.WriteLine(t["Organisations.Archive.Cli.Exported", Slug!, File]);
            return 0;
        }
        await using var input = new FileStream(File, FileMode.Open, FileAccess.Read);
        var result = await sp.GetRequiredService<OrganisationImport>().RunAsync(input, new ArchiveImportRequest(Slug), ct);
        if (result.Refusal is { } refusal)
        {
            Console.Error.WriteLine(t[refusal.Key, refusal.Arguments]);
            return 1;
        }
        Console.WriteLine(t["Organisations.Archive.Cli.Imported", result.Slug!]);
        return 0;
    }
}
