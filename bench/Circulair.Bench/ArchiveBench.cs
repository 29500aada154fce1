using System.Diagnostics;
using System.Globalization;
using Circulair.Persistence;
using Circulair.Vision;
using Circulair.Strategy;
using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Demo;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Bench;

/// <summary>
/// "archive": the organisation archive (decision 0320) of a 1,000-action strategy. Seeds the demo organisation on an
/// empty database, grows it to <c>--actions</c> actions (each rated three times), then per round exports it to a file
/// and imports that file under a new slug, timing both and reading the process's peak resident memory above what it
/// used before each step. Targets (issue 16): export ≤ 5 s, import ≤ 15 s.
/// <code>archive --provider Sqlite|PostgreSql --connection "…" --folder DIR [--actions 1000] [--rounds 3] [--out block.md]</code>
/// </summary>
public static class ArchiveBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Options options)
    {
        var provider = options.Required("provider");
        var connection = options.Required("connection");
        var folder = Path.GetFullPath(options.Required("folder"));
        var actions = options.Get("actions", 1000);
        var rounds = options.Get("rounds", 3);
        var output = options.Get("out", "");
        Directory.CreateDirectory(folder);

        await using var app = new ArchiveBenchApp(provider, connection, folder);
        app.StartServer();
        var organisationId = await SeedAsync(app, actions);

        var results = new List<(TimeSpan Export, long ExportPeak, long Bytes, TimeSpan Import, long ImportPeak)>();
        for (var round = 1; round <= rounds; round++)
        {
            var file = Path.Combine(folder, $"archive-{round}.zip");
            Settle();
            var before = Memory.Resident();
            Memory.ResetPeak();
            var clock = Stopwatch.StartNew();
            using (var scope = app.Services.CreateScope())
            await using (var stream = new FileStream(file, FileMode.Create, FileAccess.ReadWrite))
            {
                await scope.ServiceProvider.GetRequiredService<OrganisationExport>().WriteAsync(organisationId, stream, CancellationToken.None);
            }
            var export = clock.Elapsed;
            var exportPeak = Memory.Peak() - before;

            Settle();
            before = Memory.Resident();
            Memory.ResetPeak();
            clock.Restart();
            ArchiveImportResult result;
            using (var scope = app.Services.CreateScope())
            await using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read))
            {
                result = await scope.ServiceProvider.GetRequiredService<OrganisationImport>().RunAsync(stream, new ArchiveImportRequest($"bench-kopie-{round}"), CancellationToken.None);
            }
            var import = clock.Elapsed;
            var importPeak = Memory.Peak() - before;
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"import refused: {result.Refusal!.Key}");
            }
            var bytes = new FileInfo(file).Length;
            results.Add((export, exportPeak, bytes, import, importPeak));
            Console.Error.WriteLine(string.Create(Inv,
                $"round {round}: export {export.TotalSeconds:F2} s (peak +{exportPeak / 1048576} MB, {bytes / 1048576.0:F1} MB archive), import {import.TotalSeconds:F2} s (peak +{importPeak / 1048576} MB), load {File.ReadAllText("/proc/loadavg").Trim()}"));
        }
        var lines = new List<string>
        {
            $"### Organisation archive, {actions:N0} actions ({provider})",
            "",
            "| round | export (s) | export peak above idle (MB) | archive (MB) | import (s) | import peak above idle (MB) |",
            "|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select((r, i) => string.Create(Inv, $"| {i + 1} | {r.Export.TotalSeconds:F2} | {r.ExportPeak / 1048576} | {r.Bytes / 1048576.0:F1} | {r.Import.TotalSeconds:F2} | {r.ImportPeak / 1048576} |")));
        lines.Add("");
        var block = string.Join('\n', lines);
        Console.WriteLine(block);
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, block);
        }
        return 0;
    }

    /// <summary>The demo organisation grown to <paramref name="actions"/> actions, each with three ratings.</summary>
    private static async Task<int> SeedAsync(ArchiveBenchApp app, int actions)
    {
        using var scope = app.Services.CreateScope();
        var sp = scope.ServiceProvider;
        await DemoSeeder.SeedAsync(sp, CancellationToken.None);
        var db = sp.GetRequiredService<CirculairDbContext>();
        var organisation = await db.Organisations.SingleAsync(o => o.Slug == "demostad");
        var trajectoryId = await db.Trajectories.Where(t => t.OrganisationId == organisation.Id).Select(t => t.Id).FirstAsync();
        var lines = await db.ActionLines.Where(l => l.OrganisationId == organisation.Id).Include(l => l.Goal).ThenInclude(g => g.Domain).ToListAsync();
        var existing = await db.PlannedActions.CountAsync(a => a.OrganisationId == organisation.Id);
        var now = DateTime.UtcNow;
        var placed = await db.PlannedActions.Where(a => a.OrganisationId == organisation.Id).ToListAsync();
        for (var i = existing + 1; i <= actions; i++)
        {
            var line = lines[i % lines.Count];
            var action = new PlannedAction(organisation.Id, trajectoryId, new ActionDetails
            {
                Number = $"B{i:0000}",
                Title = $"Benchactie {i}: een circulaire maatregel met een titel van gewone lengte",
                Status = (ActionStatus)(i % 4 + 1),
                Start = new DateOnly(2026, 1, 1).AddDays(i % 365),
                End = new DateOnly(2028, 1, 1).AddDays(i % 365),
                Indicator = "Aantal deelnemers",
            }, now);
            action.PlaceIn(line, [.. placed.Where(p => p.ActionLineId == line.Id || p.Line == line)]);
            for (var r = 1; r <= 3; r++)
            {
                action.Rate(RaterKey.Workshop($"bench-tafel-{r}"), $"Tafel {r}", 1 + (i + r) % 5, 1 + (i * r) % 5, now);
            }
            placed.Add(action);
            db.PlannedActions.Add(action);
            if (i % 200 == 0)
            {
                await db.SaveChangesAsync();
            }
        }
        await db.SaveChangesAsync();
        return organisation.Id;
    }

    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    private sealed class ArchiveBenchApp(string provider, string connection, string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (k, v) in new Dictionary<string, string>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Circulair"] = connection,
                ["Files:Folder"] = Path.Combine(folder, "files"),
                ["Mail:PickupDirectory"] = Path.Combine(folder, "mail"),
                ["Mail:Smtp:Host"] = "",
                ["Circulair:Demo"] = "false",
                ["FollowUp:Owners:Background"] = "false",
                ["Logging:LogLevel:Default"] = "Warning",
            })
            {
                builder.UseSetting(k, v);
            }
        }
    }

    /// <summary>The process's resident memory, from /proc (Linux), as in the scan bench.</summary>
    private static class Memory
    {
        public static long Resident() => Read("VmRSS:");

        public static long Peak() => Read("VmHWM:");

        public static void ResetPeak() => File.WriteAllText("/proc/self/clear_refs", "5");

        private static long Read(string key)
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(key, StringComparison.Ordinal))
                {
                    return long.Parse(line[key.Length..].Trim().Split(' ')[0], Inv) * 1024;
                }
            }
            return 0;
        }
    }
}
