using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Circulair.Accounts;
using Circulair.FollowUp;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Bench;

/// <summary>
/// The reports' speed benchmark (issue 16, "Speed": the strategy DOCX of a 1,000-action strategy within 3 s and
/// 150 MB peak memory above idle, the progress report within 2 s), in one process:
/// <list type="number">
/// <item>starts the real app (Production environment) in-process on the given database and creates an organisation
/// with a signed-up coordinator, a strategy of --actions actions (<see cref="StrategyBenchmark"/>: domains, goals,
/// lines, actions with trekker, partners, budget years and ratings) and one progress update per action this year;</item>
/// <item>signs in through the log-in form and, after a warm-up, times --requests GETs of each report (the strategy
/// document with every chapter, its printable page, the progress report and its printable page) one at a time
/// over the in-memory server: the app's work, not the network;</item>
/// <item>peak memory per report: the process's peak resident set (VmHWM, reset before the report's first timed
/// request) minus the resident set just before (idle), the figure the limit speaks of.</item>
/// </list>
/// Writes a Markdown block to stdout and to --out.
/// <code>
/// Circulair.Bench reports --provider Sqlite --connection "Data Source=/tmp/reports.db" --folder /tmp/reports [--actions 1000] [--requests 10] [--out block.md]
/// </code>
/// </summary>
public static class ReportBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Password = "bench wachtwoord lang genoeg";
    private const string Email = "reportbench@circulair.invalid";
    private const int Warmup = 2;

    public static async Task<int> RunAsync(Options options)
    {
        var provider = options.Required("provider");
        var connection = options.Required("connection");
        var folder = Path.GetFullPath(options.Required("folder"));
        var actions = options.Get("actions", 1000);
        var requests = options.Get("requests", 10);
        var output = options.Get("out", "");
        Directory.CreateDirectory(folder);

        await using var app = new BenchApp(provider, connection, folder);
        app.StartServer();
        var (slug, trajectoryId) = await SeedAsync(app, actions);
        using var client = await SignInAsync(app);

        var year = DateTime.UtcNow.Year.ToString(Inv);
        (string Name, string Url, string MustStartWith)[] reports =
        [
            ("strategy document (.docx, every chapter)", $"/o/{slug}/reports/strategy/docx?trajectory={trajectoryId}", "PK"),
            ("strategy document, printable page", $"/o/{slug}/reports/strategy?trajectory={trajectoryId}", "<!DOCTYPE html>"),
            ("progress report (.docx)", $"/o/{slug}/reports/progress/docx?trajectory={trajectoryId}&year={year}", "PK"),
            ("progress report, printable page", $"/o/{slug}/reports/progress?trajectory={trajectoryId}&year={year}", "<!DOCTYPE html>"),
        ];
        var results = new List<ReportResult>();
        foreach (var (name, url, mustStartWith) in reports)
        {
            for (var i = 0; i < Warmup; i++)
            {
                await GetAsync(client, url, mustStartWith);
            }
            Settle();
            var idle = Memory.Resident();
            Memory.ResetPeak();
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                bytes = await GetAsync(client, url, mustStartWith);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            var peak = Memory.Peak();
            times.Sort();
            var result = new ReportResult(name, times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.9) - 1)], times[^1], peak - idle, bytes);
            results.Add(result);
            Console.Error.WriteLine(string.Create(Inv, $"{name}: median {result.Median:F0} ms, p90 {result.P90:F0} ms, max {result.Max:F0} ms, peak above idle {result.PeakAboveIdle / 1048576.0:F0} MB, {result.Bytes:N0} bytes"));
        }
        var block = Markdown(provider, actions, requests, results);
        Console.WriteLine(block);
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, block);
        }
        return 0;
    }

    private static async Task<long> GetAsync(HttpClient client, string url, string mustStartWith)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        if (response.StatusCode != HttpStatusCode.OK || !Encoding.ASCII.GetString(body, 0, Math.Min(body.Length, 32)).StartsWith(mustStartWith, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} with an unexpected body.");
        }
        return body.LongLength;
    }

    private static async Task<(string Slug, int TrajectoryId)> SeedAsync(BenchApp app, int actions)
    {
        int organisationId;
        string slug;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            var now = DateTime.UtcNow;
            slug = "bench-rapporten-" + Guid.NewGuid().ToString("N")[..6];
            var organisation = new Organisation("Stad Rapporten (bench)", slug, OrganisationType.Gemeente, now);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
            organisationId = organisation.Id;
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Email);
            if (user is null)
            {
                user = new AppUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Rapport Bench", CreatedAt = now };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }
            }
            db.Memberships.Add(new Membership(organisationId, user.Id, OrganisationRole.Coordinator, now));
            await db.SaveChangesAsync();
        }
        var seed = await StrategyBenchmark.SeedAsync(app.Services, organisationId, actions);
        await UpdatesAsync(app, organisationId, seed.TrajectoryId);
        return (seed.OrganisationSlug, seed.TrajectoryId);
    }

    /// <summary>One progress update per action, dated this year, so the progress report lists a year's updates.</summary>
    private static async Task UpdatesAsync(BenchApp app, int organisationId, int trajectoryId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(now);
        var settings = FollowUpSettings.Defaults(organisationId);
        var planned = await db.PlannedActions.Where(a => a.OrganisationId == organisationId && a.TrajectoryId == trajectoryId).ToListAsync();
        var random = new Random(16);
        foreach (var action in planned)
        {
            db.ProgressUpdates.Add(ProgressUpdate.Give(action, new ProgressReport
            {
                Date = today, Status = ActionStatus.Lopend, Percent = random.Next(0, 101),
                Text = "Voortgang van deze maand: de stappen van het plan lopen zoals voorzien (bench).",
            }, settings, null, null, "Bench", now));
        }
        await db.SaveChangesAsync();
    }

    private static async Task<HttpClient> SignInAsync(BenchApp app)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/login");
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        using var answer = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = Email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Log-in answered {answer.StatusCode}.");
        }
        return client;
    }

    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static string Markdown(string provider, int actions, int requests, List<ReportResult> results)
    {
        var sb = new StringBuilder();
        sb.AppendLine(Inv, $"#### Reports, {actions:N0}-action strategy, {provider}");
        sb.AppendLine();
        sb.AppendLine(Inv, $"One request at a time over the in-memory server, {requests} timed after {Warmup} warm-up requests. Limits (issue 16): strategy .docx ≤ 3 s and ≤ 150 MB peak above idle; progress report ≤ 2 s.");
        sb.AppendLine();
        sb.AppendLine("| Report | Median | p90 | Max | Peak above idle | Size |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(Inv, $"| {r.Name} | {r.Median:F0} ms | {r.P90:F0} ms | {r.Max:F0} ms | {r.PeakAboveIdle / 1048576.0:F0} MB | {r.Bytes / 1024.0:N0} KB |");
        }
        return sb.ToString();
    }

    private sealed record ReportResult(string Name, double Median, double P90, double Max, long PeakAboveIdle, long Bytes);

    /// <summary>The app itself, in this process, on the given database (Production environment).</summary>
    private sealed class BenchApp(string provider, string connection, string folder) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (k, v) in new Dictionary<string, string>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:Circulair"] = connection,
                ["Scan:Import:Folder"] = Path.Combine(folder, "uploads"),
                ["Mail:PickupDirectory"] = Path.Combine(folder, "mail"),
                ["Mail:Smtp:Host"] = "",
                ["Circulair:Demo"] = "false",
                ["RateLimits:LoginPerMinute"] = "100000",
                ["Logging:LogLevel:Default"] = "Warning",
            })
            {
                builder.UseSetting(k, v);
            }
        }
    }

    /// <summary>The process's resident memory, from /proc (Linux).</summary>
    private static class Memory
    {
        public static long Resident() => Read("VmRSS:");

        public static long Peak() => Read("VmHWM:");

        /// <summary>Resets the peak resident set to the current one (writing 5 to clear_refs, Linux ≥ 4.0).</summary>
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
