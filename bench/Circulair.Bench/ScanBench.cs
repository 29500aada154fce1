using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Circulair.Bench;

/// <summary>
/// The scan's speed benchmark (issue 4, "Speed"), in one process and one run:
/// <list type="number">
/// <item>writes the synthetic file once: every Flemish municipality of 2025 (285) × every NACE-BEL 2008 division
/// (88) × 40 years (1990–2029), long format as Provincies in Cijfers exports it (semicolons, decimal comma),
/// 1,003,200 rows;</item>
/// <item>starts the real app (Release, Production environment) in-process on the given database, on an empty
/// figures table, and creates an organisation (Gent) with a signed-up member;</item>
/// <item>per round, each on an empty figures table: the <b>raw bulk insert</b> of the same rows, already in
/// memory, with plain ADO.NET (SQLite: one prepared single-row INSERT in one transaction; PostgreSQL: binary
/// COPY), the app's bulk writer alone with the same rows, and the <b>import</b> of the file through the wizard's
/// pipeline without HTTP (<see cref="ScanImportBenchmark.ImportFileAsync"/>: probe, mapping, check of every row,
/// commit). Peak memory is the process's peak resident set (VmHWM, reset before each measurement);</item>
/// <item>with the last import loaded, signs in through the log-in form and times the scan pages (in-memory
/// server: the app's work, not the network), warm-up first, the median of many requests, twice: the first render
/// (the organisation's data version raised before each request, so the page cache misses) and the cached repeat.</item>
/// </list>
/// Writes shell variables and a Markdown block to --out.
/// </summary>
public static partial class ScanBench
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private const string Password = "bench wachtwoord lang genoeg";
    private const int FirstYear = 1990;
    private const int Years = 40;
    private const int Warmup = 20;

    public static async Task<int> RunAsync(Options options)
    {
        var provider = options.Required("provider");
        var connection = options.Required("connection");
        var folder = Path.GetFullPath(options.Required("folder"));
        var rounds = options.Get("rounds", 3);
        var requests = options.Get("requests", 25);
        var output = options.Get("out", "");
        Directory.CreateDirectory(folder);
        if (options.Get("rows", "") is { Length: > 0 } regionRows)
        {
            return await RunRegionAsync(options, long.Parse(regionRows, Inv), provider, connection, folder, output);
        }

        var csv = Path.Combine(folder, "scan-1m.csv");
        var rowCount = await WriteFileAsync(csv);
        Console.Error.WriteLine($"file: {csv}, {rowCount:N0} rows, {new FileInfo(csv).Length / 1048576.0:F1} MB");

        await using var app = new BenchApp(provider, connection, folder);
        app.StartServer();
        var (organisationId, userId, slug, email) = await SeedAsync(app);

        var results = new List<RoundResult>();
        var feeds = new List<double>();
        for (var round = 1; round <= rounds; round++)
        {
            // The import first, so that the first round's peak memory is that of a process that has done nothing else.
            await EmptyAsync(app);
            var importDataset = await NewDatasetAsync(app, organisationId, $"import {round}");
            Settle();
            var importBefore = Memory.Resident();
            Memory.ResetPeak();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var import = await ScanImportBenchmark.ImportFileAsync(app.Services, organisationId, importDataset, userId, csv);
            var importJit = System.Runtime.JitInfo.GetCompilationTime() - jitBefore;
            var importPeak = Memory.Peak();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            await CheckCountAsync(app, importDataset, rowCount);
            await CheckFedAsync(app, importDataset);
            feeds.Add(await FeedAgainAsync(app, organisationId));

            var rows = Rows(organisationId, 0).ToList();
            await EmptyAsync(app);
            var rawDataset = await NewDatasetAsync(app, organisationId, $"raw {round}");
            Settle();
            Memory.ResetPeak();
            var cpu = Cpu();
            var raw = await RawInsertAsync(app, provider, rows, rawDataset);
            var rawCpu = Cpu() - cpu;
            var rawPeak = Memory.Peak();
            await CheckCountAsync(app, rawDataset, rows.Count);

            await EmptyAsync(app);
            var writerDataset = await NewDatasetAsync(app, organisationId, $"writer {round}");
            Settle();
            cpu = Cpu();
            var writer = await ScanImportBenchmark.RawInsertAsync(app.Services, organisationId, writerDataset, rows);
            var writerCpu = Cpu() - cpu;
            await CheckCountAsync(app, writerDataset, rows.Count);
            rows = null;

            var result = new RoundResult(round, raw, rawCpu, writer, writerCpu, import, rawPeak, importBefore, importPeak, allocated);
            results.Add(result);
            Console.Error.WriteLine(result.Line() + string.Create(Inv, $", JIT during the import {importJit.TotalSeconds:F2} s"));
        }
        // The pages are measured on the last import's figures: load them again.
        await EmptyAsync(app);
        var loaded = await NewDatasetAsync(app, organisationId, "import");
        await ScanImportBenchmark.ImportFileAsync(app.Services, organisationId, loaded, userId, csv);

        var pages = await MeasurePagesAsync(app, organisationId, slug, email, requests, await LastDatasetAsync(app, organisationId));
        foreach (var p in pages)
        {
            Console.Error.WriteLine($"page {p.Name}: first render median {p.First.Median:F1} ms, p90 {p.First.P90:F1} ms, cpu {p.First.CpuMedian:F1} ms; cached repeat median {p.Repeat.Median:F1} ms, p90 {p.Repeat.P90:F1} ms, cpu {p.Repeat.CpuMedian:F1} ms; {p.Bytes:N0} bytes");
        }
        var block = Markdown(provider, rowCount, new FileInfo(csv).Length, results, pages, requests, feeds);
        Console.WriteLine(block);
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, block);
        }
        return 0;
    }

    /// <summary>Every municipality × division × year, in the file's order (municipality, division, year).</summary>
    private static IEnumerable<(Area Area, string Division, int Year, int Value)> Figures()
    {
        var municipalities = AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        var divisions = CategoryCatalog.For(CategoryScheme.NaceBel2008).All.Where(c => c.Level == CategoryLevel.Division).Select(c => c.Code).ToList();
        foreach (var m in municipalities)
        {
            foreach (var d in divisions)
            {
                for (var y = 0; y < Years; y++)
                {
                    // Deterministic, spread-out job counts; a few zeros like real data.
                    var h = (uint)HashCode.Combine(m.Index, d, y) % 4000;
                    yield return (m, d, FirstYear + y, (int)(h < 200 ? 0 : h));
                }
            }
        }
    }

    private static IEnumerable<ObservationRow> Rows(int organisationId, int datasetId) =>
        Figures().Select(f => new ObservationRow(organisationId, datasetId, f.Area.Code, f.Year, f.Division, f.Value, "banen"));

    private static async Task<long> WriteFileAsync(string path)
    {
        long n = 0;
        var temp = path + ".tmp";
        await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteLineAsync("Gemeente;NIS-code;Jaar;NACE-code;Aantal banen");
            foreach (var f in Figures())
            {
                // Thousands with a decimal comma, as Belgian exports write them ("1234,0" for a mean, plain for counts).
                await writer.WriteLineAsync(string.Create(Inv, $"{f.Area.Name};{f.Area.Code};{f.Year};{f.Division};{f.Value}"));
                n++;
            }
        }
        File.Move(temp, path, overwrite: true);
        return n;
    }

    private static async Task<(int Organisation, int User, string Slug, string Email)> SeedAsync(BenchApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var now = DateTime.UtcNow;
        var gent = MunicipalityRegistry.Instance.FindByNisCode("44021") ?? throw new InvalidOperationException("Gent not in the registry.");
        var organisation = await db.Organisations.FirstOrDefaultAsync(o => o.Slug == "bench-gent");
        if (organisation is null)
        {
            organisation = new Organisation("Stad Gent (bench)", "bench-gent", OrganisationType.Gemeente, now);
            organisation.PickMunicipality(gent);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync();
        }
        const string email = "scanbench@circulair.invalid";
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = "Scan Bench", IsPlatformAdministrator = true, CreatedAt = now };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }
            db.Memberships.Add(new Membership(organisation.Id, user.Id, OrganisationRole.Coordinator, now));
            await db.SaveChangesAsync();
        }
        // The standard indicator the employment dataset feeds (issue 15 item 4): every import of the bench's file then
        // also fills its yearly values for Gent in the same transaction, and the import times include that.
        await Circulair.Web.Features.Monitoring.AdoptStandardSet.RunAsync(db, organisation.Id, [Circulair.Monitoring.ScanFeedRules.CircularJobs], null, now, CancellationToken.None);
        return (organisation.Id, user.Id, organisation.Slug, email);
    }

    private static async Task<int> NewDatasetAsync(BenchApp app, int organisationId, string name)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var dataset = new ScanDataset(organisationId, "Tewerkstelling " + name, DatasetKind.Tewerkstelling, CategoryScheme.NaceBel2008, "Synthetisch (bench)", DateTime.UtcNow);
        db.ScanDatasets.Add(dataset);
        await db.SaveChangesAsync();
        return dataset.Id;
    }

    private static async Task<int> LastDatasetAsync(BenchApp app, int organisationId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        return await db.ScanDatasets.Where(d => d.OrganisationId == organisationId).MaxAsync(d => d.Id);
    }

    /// <summary>Every measurement starts on an empty figures table: SQLite's DELETE without WHERE and PostgreSQL's TRUNCATE drop the rows at once.</summary>
    private static async Task EmptyAsync(BenchApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var table = db.Model.FindEntityType(typeof(ScanObservation))!.GetTableName();
        // The values the last import fed go with it, so that the next import feeds them afresh (a deleted dataset would
        // leave them as if entered by hand, which the feed never overwrites).
        await db.Set<Circulair.Monitoring.Measurement>().Where(m => m.ScanDatasetId != null).ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync(app.IsPostgres ? $"TRUNCATE \"{table}\"" : $"DELETE FROM \"{table}\"");
        await db.ScanDatasets.ExecuteDeleteAsync();
        if (app.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
        }
    }

    /// <summary>The import fed the adopted circular-jobs indicator from the dataset: one value per year of Gent's figures.</summary>
    private static async Task CheckFedAsync(BenchApp app, int datasetId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var fed = await db.Set<Circulair.Monitoring.Measurement>().CountAsync(m => m.ScanDatasetId == datasetId);
        if (fed != Years)
        {
            throw new InvalidOperationException($"The import of dataset {datasetId} fed {fed} indicator values, expected one per year ({Years}).");
        }
    }

    /// <summary>The feed once more, on its own, in milliseconds: what it adds to an import that feeds indicators.</summary>
    private static async Task<double> FeedAgainAsync(BenchApp app, int organisationId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var clock = Stopwatch.StartNew();
        await Circulair.Web.Features.Monitoring.ScanFeed.RunAsync(db, organisationId, DateTime.UtcNow, CancellationToken.None);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static async Task CheckCountAsync(BenchApp app, int datasetId, long expected)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var count = await db.ScanObservations.LongCountAsync(o => o.ScanDatasetId == datasetId);
        if (count != expected)
        {
            throw new InvalidOperationException($"Dataset {datasetId} holds {count} figures, expected {expected}.");
        }
    }

    private static TimeSpan Cpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>The baseline: rows already in memory, written with plain ADO.NET on a connection of its own, one transaction.</summary>
    private static async Task<TimeSpan> RawInsertAsync(BenchApp app, string provider, List<ObservationRow> rows, int datasetId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var connectionString = db.Database.GetConnectionString()!;
        var entity = db.Model.FindEntityType(typeof(ScanObservation))!;
        var table = "\"" + entity.GetTableName() + "\"";
        string[] properties = [nameof(ScanObservation.OrganisationId), nameof(ScanObservation.ScanDatasetId), nameof(ScanObservation.AreaCode), nameof(ScanObservation.Year), nameof(ScanObservation.CategoryCode), nameof(ScanObservation.Value), nameof(ScanObservation.Unit)];
        var columns = string.Join(",", properties.Select(p => "\"" + entity.FindProperty(p)!.GetColumnName() + "\""));
        var watch = Stopwatch.StartNew();
        if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var copy = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var r in rows)
                {
                    copy.StartRow();
                    copy.Write(r.OrganisationId, NpgsqlDbType.Integer);
                    copy.Write(datasetId, NpgsqlDbType.Integer);
                    copy.Write(r.AreaCode, NpgsqlDbType.Text);
                    copy.Write(r.Year, NpgsqlDbType.Integer);
                    copy.Write(r.CategoryCode, NpgsqlDbType.Text);
                    copy.Write(r.Value, NpgsqlDbType.Double);
                    copy.Write(r.Unit, NpgsqlDbType.Text);
                }
                await copy.CompleteAsync();
            }
            await transaction.CommitAsync();
        }
        else
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table} ({columns}) VALUES ($o,$d,$a,$y,$c,$v,$u)";
            var p = new SqliteParameter[7];
            string[] names = ["$o", "$d", "$a", "$y", "$c", "$v", "$u"];
            for (var i = 0; i < 7; i++)
            {
                p[i] = command.Parameters.Add(new SqliteParameter(names[i], null));
            }
            command.Prepare();
            foreach (var r in rows)
            {
                p[0].Value = r.OrganisationId;
                p[1].Value = datasetId;
                p[2].Value = r.AreaCode;
                p[3].Value = r.Year;
                p[4].Value = r.CategoryCode;
                p[5].Value = r.Value;
                p[6].Value = r.Unit;
                await command.ExecuteNonQueryAsync();
            }
            await transaction.CommitAsync();
        }
        return watch.Elapsed;
    }

    private static async Task<List<PageResult>> MeasurePagesAsync(BenchApp app, int organisationId, string slug, string email, int requests, int datasetId)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/login");
        var token = Regex.Match(login, "name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;
        using var answer = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (answer.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Log-in answered {answer.StatusCode}.");
        }
        var o = $"/o/{slug}/scan";
        (string Name, string Url, string MustContain)[] pages =
        [
            ("scan overview", o, "Tewerkstelling import"),
            ("dataset analysis, latest year, default benchmark", $"{o}/datasets/{datasetId}", "<svg"),
            ("dataset analysis, 2000, benchmark all other municipalities", $"{o}/datasets/{datasetId}?year=2000&benchmark=all", "<svg"),
            ("dataset analysis, sections level", $"{o}/datasets/{datasetId}?level=sections", "<svg"),
            ("ranking of the action domains", $"{o}/ranking", "Gebouwde omgeving"),
        ];
        var results = new List<PageResult>();
        foreach (var (name, url, mustContain) in pages)
        {
            // First render: before each request the organisation's data version is raised (as every save does, in its
            // own statement, not timed), so the same URL misses the page cache and is rendered and stored anew.
            var first = await TimeAsync(client, url, mustContain, requests, fromCache: false,
                () => RaiseVersionAsync(app, organisationId));
            // Cached repeat: the same URL again and again under one version; all but the very first are hits.
            await RaiseVersionAsync(app, organisationId);
            await TimeOnceAsync(client, url, mustContain, fromCache: false);
            var repeat = await TimeAsync(client, url, mustContain, requests, fromCache: true, null);
            results.Add(new PageResult(name, url.Replace(slug, "{org}", StringComparison.Ordinal), first, repeat, first.Bytes));
        }
        return results;
    }

    /// <summary>The median, p90 and median CPU of <paramref name="requests"/> GETs after <see cref="Warmup"/> untimed ones.</summary>
    private static async Task<PageTiming> TimeAsync(HttpClient client, string url, string mustContain, int requests, bool fromCache, Func<Task>? before)
    {
        var times = new List<double>();
        var cpus = new List<double>();
        long bytes = 0;
        for (var i = 0; i < requests + Warmup; i++)
        {
            if (before is not null)
            {
                await before();
            }
            var (ms, cpuMs, length) = await TimeOnceAsync(client, url, mustContain, fromCache);
            bytes = length;
            if (i >= Warmup)
            {
                times.Add(ms);
                cpus.Add(cpuMs);
            }
        }
        times.Sort();
        cpus.Sort();
        return new PageTiming(times[times.Count / 2], times[(int)(times.Count * 0.9)], cpus[cpus.Count / 2], bytes);
    }

    /// <summary>One GET, timed; fails unless it is a 200 with the expected content, from the cache (<c>Age</c>) exactly when expected.</summary>
    private static async Task<(double Ms, double CpuMs, long Bytes)> TimeOnceAsync(HttpClient client, string url, string mustContain, bool fromCache)
    {
        var cpu = Cpu();
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        var ms = watch.Elapsed.TotalMilliseconds;
        var cpuMs = (Cpu() - cpu).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains(mustContain, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{url} answered {response.StatusCode} without '{mustContain}'.");
        }
        if (response.Headers.Age is not null != fromCache)
        {
            throw new InvalidOperationException($"{url} was {(fromCache ? "not " : "")}served from the page cache.");
        }
        return (ms, cpuMs, body.Length);
    }

    /// <summary>What every save does besides its own write: the organisation's data version goes up by one.</summary>
    private static async Task RaiseVersionAsync(BenchApp app, int organisationId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        await OrganisationDataVersion.RaiseAsync(db, organisationId);
    }

    private static string Markdown(string provider, long rows, long fileBytes, List<RoundResult> rounds, List<PageResult> pages, int requests, List<double> feeds)
    {
        var median = rounds.OrderBy(r => r.Import.Total).ElementAt(rounds.Count / 2);
        var sb = new StringBuilder();
        string S(TimeSpan t) => t.TotalSeconds.ToString("F1", Inv) + " s";
        string Mb(long b) => (b / 1048576.0).ToString("F0", Inv) + " MB";
        sb.AppendLine(Inv, $"- data: {rows:N0} rows (285 municipalities × 88 NACE-BEL 2008 divisions × 40 years), CSV {fileBytes / 1048576.0:F1} MB; {rounds.Count} round(s), each on an empty figures table, in the order import, raw, writer; the median import and its ratio in bold; the peak memory in bold is round 1's, the only import in a fresh process (later rounds start with what the earlier rounds' baselines left resident); the organisation has adopted the standard indicator of circular jobs, so every import also feeds its yearly values for Gent from the file (issue 15 item 4), checked after each import; the feed run once more on its own after each import (the same reads and comparisons, nothing left to change) took {string.Join(", ", feeds.Select(f => f.ToString("F0", Inv)))} ms");
        sb.AppendLine("- elapsed time, and in brackets the CPU time of the app's process (all its threads; PostgreSQL's own work is in a server process and not counted)");
        sb.AppendLine();
        sb.AppendLine("| round | raw bulk insert (plain ADO.NET) | the app's bulk writer alone | import = probe + check + commit | import ÷ faster of raw and writer | peak RSS of the import (RSS before) | allocated by the import |");
        sb.AppendLine("|---:|---:|---:|---|---:|---|---:|");
        foreach (var r in rounds)
        {
            var b = ReferenceEquals(r, median) ? "**" : "";
            var m = ReferenceEquals(r, rounds[0]) ? "**" : "";
            sb.AppendLine(Inv, $"| {r.Round} | {S(r.Raw)} ({S(r.RawCpu)}) | {S(r.Writer)} ({S(r.WriterCpu)}) | {b}{S(r.Import.Total)}{b} ({S(r.Import.TotalCpu)}) = {S(r.Import.Probe)} + {S(r.Import.Validate)} ({S(r.Import.ValidateCpu)}) + {S(r.Import.Commit)} ({S(r.Import.CommitCpu)}) | {b}{r.Ratio:F2}{b} | {m}{Mb(r.ImportPeak)}{m} ({Mb(r.ImportBefore)}) | {Mb(r.Allocated)} |");
        }
        sb.AppendLine();
        sb.AppendLine(Inv, $"Scan pages with the imported figures loaded (in-memory server, signed in as a Coördinator of Gent; per page and column {requests} timed requests after {Warmup} untimed ones). **First render**: the organisation's data version is raised before each request (as by any save; not timed), so the page is rendered and stored anew — what the first person to open it after a change waits for. **Cached repeat**: the same URL under one version, answered from the page cache (every timed answer checked to carry `Age`).");
        sb.AppendLine();
        sb.AppendLine("| page | first render: median | p90 | CPU (median) | cached repeat: median | p90 | CPU (median) | size |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var p in pages)
        {
            sb.AppendLine(Inv, $"| {p.Name} `{p.Url}` | {p.First.Median:F0} ms | {p.First.P90:F0} ms | {p.First.CpuMedian:F0} ms | {p.Repeat.Median:F1} ms | {p.Repeat.P90:F1} ms | {p.Repeat.CpuMedian:F1} ms | {p.Bytes / 1024.0:F0} kB |");
        }
        return sb.ToString();
    }

    private sealed record RoundResult(int Round, TimeSpan Raw, TimeSpan RawCpu, TimeSpan Writer, TimeSpan WriterCpu, ImportTiming Import, long RawPeak, long ImportBefore, long ImportPeak, long Allocated)
    {
        public double Ratio => Import.Total.TotalSeconds / Math.Min(Raw.TotalSeconds, Writer.TotalSeconds);

        public string Line() => string.Create(Inv,
            $"round {Round}: import {Import.Total.TotalSeconds:F2} s / cpu {Import.TotalCpu.TotalSeconds:F2} s (probe {Import.Probe.TotalSeconds:F2}, check {Import.Validate.TotalSeconds:F2} / cpu {Import.ValidateCpu.TotalSeconds:F2}, commit {Import.Commit.TotalSeconds:F2} / cpu {Import.CommitCpu.TotalSeconds:F2}), raw {Raw.TotalSeconds:F2} s / cpu {RawCpu.TotalSeconds:F2}, writer {Writer.TotalSeconds:F2} s / cpu {WriterCpu.TotalSeconds:F2}, ratio {Ratio:F2}, peak RSS import {ImportPeak / 1048576} MB (before {ImportBefore / 1048576} MB), raw {RawPeak / 1048576} MB, allocated {Allocated / 1048576} MB, load {File.ReadAllText("/proc/loadavg").Trim()}");
    }

    private sealed record PageTiming(double Median, double P90, double CpuMedian, long Bytes);

    private sealed record PageResult(string Name, string Url, PageTiming First, PageTiming Repeat, long Bytes);

    /// <summary>The app itself, in this process, on the given database (Release build, Production environment).</summary>
    private sealed class BenchApp(string provider, string connection, string folder) : WebApplicationFactory<Program>
    {
        public bool IsPostgres => provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase);

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
