using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Regions;
using Circulair.Scan;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Bench;

/// <summary>
/// The region benchmark's speed (issue 19, "Speed": the benchmark of 285 member municipalities × 10 indicators × 10
/// years, the region's benchmark page rendered ≤ 150 ms median), in one process:
/// <list type="number">
/// <item>starts the real app (Production environment) in-process on the given database and creates an intercommunale
/// with a signed-up Beheerder and --members member municipalities, each with the inhabitants of --years years in its
/// scan, --indicators indicators of the standard set and one measurement per indicator and year; every member except
/// each tenth shares all its indicators with the region (the others are counted, not shown);</item>
/// <item>signs in through the log-in form and, after a warm-up, times --requests GETs of the benchmark page (residual
/// waste in detail, the overview of every indicator), of a total compared per inhabitant (CO2) and of the XLSX export,
/// one at a time over the in-memory server: the app's work, not the network.</item>
/// </list>
/// Writes a Markdown block to stdout and to --out.
/// <code>
/// Circulair.Bench regions --provider Sqlite --connection "Data Source=/tmp/regions.db" --folder /tmp/regions [--members 285] [--indicators 10] [--years 10] [--requests 20] [--out block.md]
/// </code>
/// </summary>
public static class RegionBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Password = "bench wachtwoord lang genoeg";
    private const string Email = "regionbench@circulair.invalid";
    private const int Warmup = 3;
    private const int LastYear = 2024;

    public static async Task<int> RunAsync(Options options)
    {
        var provider = options.Required("provider");
        var connection = options.Required("connection");
        var folder = Path.GetFullPath(options.Required("folder"));
        var members = options.Get("members", 285);
        var indicators = Math.Min(options.Get("indicators", 10), StandardIndicatorSet.Instance.All.Count);
        var years = options.Get("years", 10);
        var requests = options.Get("requests", 20);
        var output = options.Get("out", "");
        Directory.CreateDirectory(folder);

        await using var app = new BenchApp(provider, connection, folder);
        app.StartServer();
        var seedWatch = Stopwatch.StartNew();
        var slug = await SeedAsync(app, members, indicators, years);
        Console.Error.WriteLine(string.Create(Inv, $"Seeded {members} members × {indicators} indicators × {years} years in {seedWatch.Elapsed.TotalSeconds:F0} s."));
        using var client = await SignInAsync(app);

        (string Name, string Url, string MustStartWith)[] pages =
        [
            ("benchmark page, residual waste (as measured)", $"/o/{slug}/region/benchmark?indicator=RESTAFVAL", "<!DOCTYPE html>"),
            ("benchmark page, CO2 on the territory (per inhabitant)", $"/o/{slug}/region/benchmark?indicator=CO2-TOTAAL", "<!DOCTYPE html>"),
            ("benchmark workbook (.xlsx, every indicator)", $"/o/{slug}/region/benchmark/export.xlsx", "PK"),
        ];
        var results = new List<(string Name, double Median, double P90, double Max, long Bytes)>();
        foreach (var (name, url, mustStartWith) in pages)
        {
            for (var i = 0; i < Warmup; i++)
            {
                await GetAsync(client, url, mustStartWith);
            }
            var times = new List<double>();
            long bytes = 0;
            for (var i = 0; i < requests; i++)
            {
                var watch = Stopwatch.StartNew();
                bytes = await GetAsync(client, url, mustStartWith);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var p90 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.9) - 1)];
            results.Add((name, times[times.Count / 2], p90, times[^1], bytes));
            Console.Error.WriteLine(string.Create(Inv, $"{name}: median {times[times.Count / 2]:F1} ms, p90 {p90:F1} ms, max {times[^1]:F1} ms, {bytes:N0} bytes"));
        }

        var sb = new StringBuilder();
        sb.AppendLine(Inv, $"#### Region benchmark, {members} members × {indicators} indicators × {years} years, {provider}");
        sb.AppendLine();
        sb.AppendLine(Inv, $"One request at a time over the in-memory server, {requests} timed after {Warmup} warm-up requests. Limit (issue 19): the region's benchmark page ≤ 150 ms median.");
        sb.AppendLine();
        sb.AppendLine("| Page | Median | p90 | Max | Size |");
        sb.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            sb.AppendLine(Inv, $"| {r.Name} | {r.Median:F1} ms | {r.P90:F1} ms | {r.Max:F1} ms | {r.Bytes / 1024.0:N0} KB |");
        }
        Console.WriteLine(sb.ToString());
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, sb.ToString());
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

    /// <summary>The region, its Beheerder and its members with their figures; returns the region's slug.</summary>
    private static async Task<string> SeedAsync(BenchApp app, int members, int indicatorCount, int years)
    {
        var now = DateTime.UtcNow;
        var random = new Random(19);
        var codes = StandardIndicatorSet.Instance.All.Take(indicatorCount).ToList();
        Organisation region;
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            db.ActAs(new SystemActor("Circulair (bench)"));
            var slug = "bench-regio-" + Guid.NewGuid().ToString("N")[..6];
            region = new Organisation("Intercommunale Bench", slug, OrganisationType.Intercommunale, now);
            db.Organisations.Add(region);
            await db.SaveChangesAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByEmailAsync(Email);
            if (user is null)
            {
                user = new AppUser { UserName = Email, Email = Email, EmailConfirmed = true, DisplayName = "Regio Bench", CreatedAt = now };
                var created = await users.CreateAsync(user, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
                }
            }
            db.Memberships.Add(new Membership(region.Id, user.Id, OrganisationRole.Beheerder, now));
            await db.SaveChangesAsync();
        }

        // Members in batches, each in a fresh context so the change tracker stays small.
        const int Batch = 15;
        for (var start = 0; start < members; start += Batch)
        {
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            db.ActAs(new SystemActor("Circulair (bench)"));
            var regionRow = await db.Organisations.SingleAsync(o => o.Id == region.Id);
            var batch = new List<(Organisation Org, bool Shares)>();
            for (var n = start; n < Math.Min(members, start + Batch); n++)
            {
                var member = new Organisation($"Benchgemeente {n + 1:D3}", $"{regionRow.Slug}-g{n + 1:D3}", OrganisationType.Gemeente, now);
                db.Organisations.Add(member);
                batch.Add((member, n % 10 != 9));
            }
            await db.SaveChangesAsync();
            var shared = new List<(RegionMembership Membership, Indicator Indicator)>();
            foreach (var (member, shares) in batch)
            {
                var population = random.Next(2_000, 150_000);
                for (var y = LastYear - years + 1; y <= LastYear; y++)
                {
                    db.ScanPopulations.Add(new ScanPopulation(member.Id, y, population + ((y - LastYear) * 50)));
                }
                var membership = RegionMembership.Invite(regionRow, member, false, now);
                membership.Accept(now);
                db.RegionMemberships.Add(membership);
                foreach (var code in codes)
                {
                    var indicator = new Indicator(member.Id, code.ToDetails([]), code.Code, now);
                    db.Indicators.Add(indicator);
                    var level = random.NextDouble() * 200 + 50;
                    for (var y = LastYear - years + 1; y <= LastYear; y++)
                    {
                        db.Measurements.Add(new Measurement(indicator, new MeasurementDetails { Year = y, Value = Math.Round(level * (1 + ((LastYear - y) * 0.02)), 1) }, null, "Bench", now));
                    }
                    if (shares)
                    {
                        shared.Add((membership, indicator));
                    }
                }
            }
            await db.SaveChangesAsync();
            foreach (var (membership, indicator) in shared)
            {
                db.RegionShares.Add(new RegionShare(indicator.OrganisationId, membership.Id, indicator.Id, now));
            }
            await db.SaveChangesAsync();
        }
        return region.Slug;
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
}
