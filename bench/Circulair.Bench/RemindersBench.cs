using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Circulair.FollowUp.Owners;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Platform.Database;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Circulair.Bench;

/// <summary>
/// The owners' mails of one follow-up cycle across a whole installation (issue 14, "Speed": 300 organisations, about
/// 20,000 actions, prepared and handed to the mail layer in ≤ 60 s with two instances running, each exactly once):
/// <list type="number">
/// <item>seeds an empty PostgreSQL database with the bench's organisations (<see cref="Seeder"/>: the largest with a
/// strategy of 1,000 actions) and spreads the other actions over the other organisations, every action running, each
/// with a trekker whose address it shares with a few other actions of the same organisation (an owner gets one mail);</item>
/// <item>starts <c>--instances</c> app processes (the Release build, its shipped runtime settings) on that database, each
/// with its own mail pickup folder, the owners' background service every minute and an answer period of 92 days, so
/// that today is inside the round's request window whatever the date;</item>
/// <item>waits until every owner's mail is sent and times the cycle from the database: the first planned row's
/// <c>CreatedAt</c> (the run's start) to the last <c>SentAt</c>; then reads every .eml of every instance and fails
/// unless each owner got exactly one.</item>
/// </list>
/// <code>Circulair.Bench reminders --connection "Host=…;Database=reminders" --folder DIR [--organisations 300] [--actions 20000] [--per-owner 5] [--instances 2] [--app path/Circulair.Web.dll] [--out block.md]</code>
/// </summary>
public static class RemindersBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static async Task<int> RunAsync(Options options)
    {
        var connection = options.Required("connection");
        var folder = Path.GetFullPath(options.Required("folder"));
        var organisationCount = options.Get("organisations", 300);
        var actionCount = options.Get("actions", 20000);
        var largest = Math.Min(options.Get("largest", 1000), actionCount);
        var perOwner = Math.Max(1, options.Get("per-owner", 5));
        var instances = Math.Max(1, options.Get("instances", 2));
        var timeout = TimeSpan.FromSeconds(options.Get("timeout", 600));
        var app = Path.GetFullPath(options.Get("app", Path.Combine(FindRoot(), "src/Circulair.Web/bin/Release/net10.0/Circulair.Web.dll")));
        var output = options.Get("out", "");
        if (!File.Exists(app))
        {
            throw new ArgumentException($"{app} does not exist: build src/Circulair.Web in Release first.");
        }
        Directory.CreateDirectory(folder);

        var seedWatch = Stopwatch.StartNew();
        var seedOptions = Options.Parse(["--provider", "PostgreSql", "--connection", connection, "--organisations", organisationCount.ToString(Inv),
            "--users", Math.Max(organisationCount, 300).ToString(Inv), "--strategy-actions", largest.ToString(Inv), "--out", Path.Combine(folder, "seed.env")]);
        if (await Seeder.RunAsync(seedOptions) != 0)
        {
            throw new InvalidOperationException("Seeding failed.");
        }
        var (actions, owners, contacts) = await OwnersAsync(connection, actionCount, largest, perOwner);
        Console.Error.WriteLine(string.Create(Inv, $"Seeded {organisationCount} organisations, {actions:N0} running actions, {contacts:N0} trekkers, {owners:N0} owners (one mail each) in {seedWatch.Elapsed.TotalSeconds:F0} s."));

        var processes = new List<Process>();
        var started = Stopwatch.StartNew();
        try
        {
            for (var i = 1; i <= instances; i++)
            {
                processes.Add(Start(app, connection, folder, i));
            }
            var (sent, pending) = (0, owners);
            while (started.Elapsed < timeout)
            {
                await Task.Delay(500);
                foreach (var p in processes.Where(p => p.HasExited))
                {
                    throw new InvalidOperationException($"An app instance stopped (exit {p.ExitCode}); see {folder}/app-*.log.");
                }
                (sent, pending) = await ProgressAsync(connection);
                if (sent >= owners && pending == 0)
                {
                    break;
                }
            }
            if (sent < owners)
            {
                throw new InvalidOperationException($"Only {sent} of {owners} mails were sent within {timeout.TotalSeconds:F0} s.");
            }
            var wall = started.Elapsed;
            var (first, last, failed, rows) = await TimesAsync(connection);
            var cycle = last - first;

            // Every .eml of every instance: each owner exactly once.
            var perInstance = new List<int>();
            var recipients = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 1; i <= instances; i++)
            {
                var files = Directory.Exists(MailFolder(folder, i)) ? Directory.GetFiles(MailFolder(folder, i), "*.eml") : [];
                perInstance.Add(files.Length);
                foreach (var file in files)
                {
                    using var message = await MimeMessage.LoadAsync(file);
                    foreach (var to in message.To.Mailboxes)
                    {
                        recipients[to.Address] = recipients.GetValueOrDefault(to.Address) + 1;
                    }
                }
            }
            var twice = recipients.Count(r => r.Value > 1);
            var total = perInstance.Sum();
            var exactlyOnce = twice == 0 && recipients.Count == owners && total == owners && rows == owners && failed == 0;

            var sb = new StringBuilder();
            sb.AppendLine(Inv, $"#### Owners' mails of one cycle, {organisationCount} organisations, {actions:N0} actions, {instances} instances, PostgreSQL");
            sb.AppendLine();
            sb.AppendLine(Inv, $"{contacts:N0} trekkers with {owners:N0} addresses (up to {perOwner} actions each within an organisation): one request mail per owner. {instances} app processes (Release, shipped runtime settings) on one database, the owners' background service every minute; the cycle is timed from the database (first planned row to the last sent one). Limit (issue 14): ≤ 60 s, each mail exactly once.");
            sb.AppendLine();
            sb.AppendLine("| what | figure |");
            sb.AppendLine("|---|---:|");
            sb.AppendLine(Inv, $"| cycle: planned and handed to the mail layer (first row planned → last sent) | **{cycle.TotalSeconds:F1} s** |");
            sb.AppendLine(Inv, $"| from starting the processes to the last mail sent (start-up included) | {wall.TotalSeconds:F1} s |");
            sb.AppendLine(Inv, $"| mails sent, per instance | {string.Join(" + ", perInstance.Select(n => n.ToString("N0", Inv)))} = {total:N0} |");
            sb.AppendLine(Inv, $"| owners with more than one mail; failed mails | {twice}; {failed} |");
            sb.AppendLine(Inv, $"| each owner exactly once | {(exactlyOnce ? "yes" : "**no**")} |");
            Console.WriteLine(sb.ToString());
            if (output.Length > 0)
            {
                await File.WriteAllTextAsync(output, sb.ToString());
            }
            return exactlyOnce ? 0 : 1;
        }
        finally
        {
            foreach (var p in processes)
            {
                if (!p.HasExited)
                {
                    p.Kill(entireProcessTree: true);
                    await p.WaitForExitAsync();
                }
                p.Dispose();
            }
        }
    }

    private static string MailFolder(string folder, int instance) => Path.Combine(folder, $"mail-{instance}");

    private static Process Start(string app, string connection, string folder, int instance)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [app])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Circulair"] = connection,
            ["Database__MigrateOnStartup"] = "false",
            ["Mail__PickupDirectory"] = MailFolder(folder, instance),
            ["Mail__Smtp__Host"] = "",
            ["Circulair__Demo"] = "false",
            ["Circulair__PublicUrl"] = "https://circulair.bench.invalid",
            ["FollowUp__Owners__Background"] = "true",
            ["FollowUp__Owners__IntervalMinutes"] = "1",
            ["FollowUp__Owners__AnswerDays"] = "92",
            ["Logging__LogLevel__Default"] = "Warning",
        })
        {
            info.Environment[k] = v;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the app.");
        var log = new StreamWriter(Path.Combine(folder, $"app-{instance}.log")) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static CirculairDbContext Db(string connection)
    {
        var builder = new DbContextOptionsBuilder<CirculairDbContext>();
        DatabaseSetup.Configure(builder, DatabaseProvider.PostgreSql, connection);
        return new CirculairDbContext(builder.Options);
    }

    /// <summary>
    /// Spreads the actions beyond the largest organisation's over the others (in their first trajectory), sets every
    /// action running and gives each a trekker; <paramref name="perOwner"/> actions of one organisation share an address.
    /// Returns the running actions, the owners (distinct addresses per organisation) and the trekkers.
    /// </summary>
    private static async Task<(int Actions, int Owners, int Contacts)> OwnersAsync(string connection, int total, int largest, int perOwner)
    {
        await using var db = Db(connection);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var now = DateTime.UtcNow;
        var organisations = await db.Organisations.OrderBy(o => o.Id).Select(o => new { o.Id, o.Slug }).ToListAsync();
        var trajectories = await db.Trajectories.GroupBy(t => t.OrganisationId).Select(g => new { OrganisationId = g.Key, Id = g.Min(t => t.Id) }).ToDictionaryAsync(t => t.OrganisationId, t => t.Id);
        var others = organisations.Skip(1).ToList();
        var remaining = total - await db.PlannedActions.CountAsync();
        for (var o = 0; o < others.Count && remaining > 0; o++)
        {
            var count = remaining / (others.Count - o);
            for (var i = 1; i <= count; i++)
            {
                db.PlannedActions.Add(new PlannedAction(others[o].Id, trajectories[others[o].Id], new ActionDetails
                {
                    Number = string.Create(Inv, $"A{i:000}"),
                    Title = string.Create(Inv, $"Benchactie {i}: een circulaire maatregel met een titel van gewone lengte"),
                    Status = ActionStatus.Lopend,
                    Start = new DateOnly(2026, 1, 1).AddDays(i % 300),
                }, now));
            }
            remaining -= count;
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        await db.PlannedActions.Where(a => a.Status != ActionStatus.Lopend).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, ActionStatus.Lopend));

        var slugs = organisations.ToDictionary(o => o.Id, o => o.Slug);
        var contacts = 0;
        foreach (var organisation in organisations)
        {
            var actions = await db.PlannedActions.Where(a => a.OrganisationId == organisation.Id).OrderBy(a => a.Id).ToListAsync();
            for (var i = 0; i < actions.Count; i++)
            {
                var owner = i / perOwner;
                db.OwnerContacts.Add(new OwnerContact(actions[i], OwnerRole.Trekker, string.Create(Inv, $"Eigenaar {owner}"),
                    string.Create(Inv, $"eigenaar{owner}@{slugs[organisation.Id]}.bench.invalid"), null, now));
                contacts++;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        var running = await db.PlannedActions.CountAsync();
        var owners = await db.OwnerContacts.Select(c => new { c.OrganisationId, c.EmailKey }).Distinct().CountAsync();
        return (running, owners, contacts);
    }

    private static async Task<(int Sent, int Pending)> ProgressAsync(string connection)
    {
        await using var db = Db(connection);
        var sent = await db.OwnerMailings.CountAsync(m => m.Status == OwnerMailStatus.Sent);
        var pending = await db.OwnerMailings.CountAsync(m => m.Status == OwnerMailStatus.Pending);
        return (sent, pending);
    }

    private static async Task<(DateTime First, DateTime Last, int Failed, int Rows)> TimesAsync(string connection)
    {
        await using var db = Db(connection);
        var first = await db.OwnerMailings.MinAsync(m => m.CreatedAt);
        var last = await db.OwnerMailings.MaxAsync(m => m.SentAt) ?? first;
        var failed = await db.OwnerMailings.CountAsync(m => m.Status == OwnerMailStatus.Failed);
        var rows = await db.OwnerMailings.CountAsync();
        return (first, last, failed, rows);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Circulair.slnx")) || File.Exists(Path.Combine(dir.FullName, "Circulair.sln")))
            {
                return dir.FullName;
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
