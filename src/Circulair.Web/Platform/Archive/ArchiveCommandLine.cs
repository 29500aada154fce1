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
    private const string Usage = "usage";

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
        else if (at >= 0)
        {
            // An incomplete command must not fall through to starting the web server.
            command = new ArchiveCommandLine(Usage, "", null);
            list.RemoveRange(at, list.Count - at);
        }
        at = list.IndexOf("--import-org");
        if (at >= 0 && at + 1 < list.Count)
        {
            command = new ArchiveCommandLine("import", list[at + 1], slug);
            list.RemoveRange(at, 2);
        }
        else if (at >= 0)
        {
            command = new ArchiveCommandLine(Usage, "", null);
            list.RemoveRange(at, list.Count - at);
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
        if (Verb == Usage)
        {
            Console.Error.WriteLine(t["Organisations.Archive.Cli.Usage"]);
            return 1;
        }
        if (Verb == "export")
        {
            var id = await db.Organisations.Where(o => o.Slug == Slug).Select(o => (int?)o.Id).FirstOrDefaultAsync(ct);
            if (id is null)
            {
                Console.Error.WriteLine(t["Organisations.Archive.Cli.NoSuchOrganisation", Slug ?? ""]);
                return 1;
            }
            // Written beside the target and moved into place when complete, so a failed export leaves no half archive.
            var partial = File + ".part";
            try
            {
                await using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write))
                {
                    await sp.GetRequiredService<OrganisationExport>().WriteAsync(id.Value, output, ct);
                }
                System.IO.File.Move(partial, File, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine(t["Organisations.Archive.Cli.CannotWrite", File, e.Message]);
                return 1;
            }
            finally
            {
                if (System.IO.File.Exists(partial))
                {
                    System.IO.File.Delete(partial);
                }
            }
            Console.WriteLine(t["Organisations.Archive.Cli.Exported", Slug!, File]);
            return 0;
        }
        FileStream input;
        try
        {
            input = new FileStream(File, FileMode.Open, FileAccess.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine(t["Organisations.Archive.Cli.CannotRead", File, e.Message]);
            return 1;
        }
        await using var _ = input;
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
