using System.Diagnostics;
using System.Reflection;
using System.Text;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Features.Api;
using Circulair.Web.Features.Scan.Import;
using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Caching;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Bench;

/// <summary>
/// Issue 20 item 5, "safe under the heap limit": the heaviest operations run two at a time within the shipped limits
/// without running out of memory. <c>heavy</c> starts the app in this process (with the runtime settings bench/heavy
/// passes: the 256 MB heap limit of decisions 0193 and 0420), then:
/// <list type="number">
/// <item>fills the four answer caches to <c>--fill</c> percent of their share of the cache budget (decision 0425) with
/// entries of 64 kB each, written straight into each cache's store (the front door and the page cache are filled
/// separately, although in the app they share page objects: the worst case);</item>
/// <item>imports a file of <c>--rows</c> figures (285 municipalities × indicators × 40 years, as the region bench
/// writes it) into two datasets at the same time, through the wizard's pipeline without HTTP
/// (<see cref="ScanImportBenchmark.ImportFileAsync"/>);</item>
/// <item>imports it into a third dataset while the organisation archive (decision 0320, the largest export: every
/// figure of the first two imports) is written to a file.</item>
/// </list>
/// For each step: elapsed time, the process's peak resident set (VmHWM, reset before the step), the highest GC heap
/// size and committed memory sampled every 50 ms, the gen2 collections, and whether each operation succeeded (counts
/// checked afterwards). Writes a Markdown block to --out; exits 1 when an operation failed.
/// <code>heavy --provider Sqlite|PostgreSql --connection "…" --folder DIR [--rows 1003200] [--fill 95] [--out block.md]</code>
/// </summary>
public static partial class ScanBench
{
    private const int FillEntryBytes = 64 * 1024;

    public static async Task<int> RunHeavyAsync(Options options)
    {
        var provider = options.Required("provider");
        var connection = options.Required("connection");
        var folder = Path.GetFullPath(options.Required("folder"));
        var rows = long.Parse(options.Get("rows", "1003200"), Inv);
        var fillPercent = options.Get("fill", 95);
        var output = options.Get("out", "");
        Directory.CreateDirectory(folder);

        var municipalities = AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        var perIndicator = (long)municipalities.Count * RegionYears;
        var indicators = (int)Math.Max(1, (rows + perIndicator - 1) / perIndicator);
        var file = Path.Combine(folder, "scan-heavy.csv");
        var rowCount = await WriteRegionFileAsync(file, municipalities, indicators);
        Console.Error.WriteLine($"file: {rowCount:N0} rows, {new FileInfo(file).Length / 1048576.0:F0} MB");

        await using var app = new BenchApp(provider, connection, folder);
        app.StartServer();
        var (organisationId, userId, _, _) = await SeedAsync(app);
        var mapping = RegionFileMapping();
        var budget = app.Services.GetRequiredService<CacheBudget>();
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        Console.Error.WriteLine($"GC may use {available / 1048576} MB; cache budget {budget}");

        // 1. The caches, filled.
        var caches = FillCaches(app.Services, budget, fillPercent);
        foreach (var c in caches)
        {
            Console.Error.WriteLine($"cache {c.Name}: {c.Entries:N0} entries of 64 kB kept of {c.Stored:N0} stored, {c.Bytes / 1048576.0:F1} MB of {c.Limit / 1048576.0:F1} MB");
        }
        Settle();
        var afterFill = GcNow();

        var steps = new List<HeavyStep>();

        async Task<Operation> ImportAsync(string name)
        {
            var dataset = await NewRegionDatasetAsync(app, organisationId, name);
            var watch = Stopwatch.StartNew();
            try
            {
                await ScanImportBenchmark.ImportFileAsync(app.Services, organisationId, dataset, userId, file, mapping);
                await CheckCountAsync(app, dataset, rowCount);
                return new Operation($"import into {name}", watch.Elapsed, null, $"{rowCount:N0} rows");
            }
            catch (Exception e)
            {
                return new Operation($"import into {name}", watch.Elapsed, e, "");
            }
        }

        async Task<Operation> ExportAsync()
        {
            var path = Path.Combine(folder, "heavy-archive.zip");
            var watch = Stopwatch.StartNew();
            try
            {
                using var scope = app.Services.CreateScope();
                ArchiveManifest manifest;
                await using (var stream = new FileStream(path, FileMode.Create, FileAccess.ReadWrite))
                {
                    manifest = await scope.ServiceProvider.GetRequiredService<OrganisationExport>().WriteAsync(organisationId, stream, CancellationToken.None);
                }
                var archived = manifest.Tables.Sum(t => t.Rows);
                var bytes = new FileInfo(path).Length;
                File.Delete(path);
                return new Operation("organisation archive", watch.Elapsed, null, string.Create(Inv, $"{archived:N0} rows, {bytes / 1048576.0:F0} MB zip"));
            }
            catch (Exception e)
            {
                return new Operation("organisation archive", watch.Elapsed, e, "");
            }
        }

        // 2. Two imports at once; 3. an import while the organisation is exported.
        steps.Add(await StepAsync($"two {Short(rowCount)}-row imports at once",
            () => ImportAsync("A"), () => ImportAsync("B")));
        steps.Add(await StepAsync("an import while the organisation archive is written",
            () => ImportAsync("C"), ExportAsync));
        foreach (var c in FillCaches(app.Services, budget, 0))
        {
            Console.Error.WriteLine($"cache {c.Name} afterwards: {c.Entries:N0} entries");
        }

        var block = HeavyMarkdown(rowCount, indicators, available, budget, fillPercent, caches, afterFill, steps);
        Console.WriteLine(block);
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, block);
        }
        return steps.SelectMany(s => s.Operations).Any(o => o.Error is not null) ? 1 : 0;
    }

    private static string Short(long rows) => rows >= 1_000_000 ? (rows / 1e6).ToString("0.#", Inv) + " M" : (rows / 1e3).ToString("0", Inv) + " k";

    /// <summary>Runs two operations at the same time, each on a thread-pool thread, sampling the GC while they run.</summary>
    private static async Task<HeavyStep> StepAsync(string name, Func<Task<Operation>> first, Func<Task<Operation>> second)
    {
        Settle();
        var before = Memory.Resident();
        var gcBefore = GcNow();
        var gen2 = GC.CollectionCount(2);
        Memory.ResetPeak();
        using var stop = new CancellationTokenSource();
        long peakHeap = 0, peakCommitted = 0, peakAfterGc = 0;
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var now = GcNow();
                peakHeap = Math.Max(peakHeap, now.Heap);
                peakCommitted = Math.Max(peakCommitted, now.Committed);
                peakAfterGc = Math.Max(peakAfterGc, now.AfterGc);
                try
                {
                    await Task.Delay(50, stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        });
        var watch = Stopwatch.StartNew();
        var operations = await Task.WhenAll(Task.Run(first), Task.Run(second));
        var elapsed = watch.Elapsed;
        var peak = Memory.Peak();
        await stop.CancelAsync();
        await sampler;
        var step = new HeavyStep(name, elapsed, before, peak, gcBefore, peakHeap, peakCommitted, peakAfterGc, GC.CollectionCount(2) - gen2, operations);
        Console.Error.WriteLine(string.Create(Inv, $"{name}: {elapsed.TotalSeconds:F1} s, peak RSS {peak / 1048576} MB (before {before / 1048576} MB), GC heap peak {peakHeap / 1048576} MB, committed peak {peakCommitted / 1048576} MB, heap after a GC peak {peakAfterGc / 1048576} MB, gen2 {step.Gen2}, load {File.ReadAllText("/proc/loadavg").Trim()}"));
        foreach (var o in operations)
        {
            Console.Error.WriteLine($"  {o.Name}: {(o.Error is null ? "ok" : "FAILED: " + o.Error)} {o.TotalSeconds:F1} s {o.Detail}");
        }
        return step;
    }

    /// <summary>The GC's view now: the managed heap in use (allocated, not yet collected) and the memory it has committed.</summary>
    private static (long Heap, long Committed, long AfterGc) GcNow()
    {
        var info = GC.GetGCMemoryInfo();
        return (GC.GetTotalMemory(forceFullCollection: false), info.TotalCommittedBytes, info.HeapSizeBytes);
    }

    /// <summary>
    /// Fills each cache's store to <paramref name="percent"/> of its share with 64 kB entries that never expire, or
    /// (percent 0) only counts what it holds. The stores are private; the bench reaches them by reflection so that the
    /// app needs no hook for it.
    /// </summary>
    private static List<CacheFill> FillCaches(IServiceProvider services, CacheBudget budget, int percent)
    {
        (string Name, object Cache, CacheBudget.Part Part)[] caches =
        [
            ("organisation pages", services.GetRequiredService<OrganisationPageCache>(), CacheBudget.Part.OrganisationPages),
            ("front door", services.GetRequiredService<PageCacheFrontDoor>(), CacheBudget.Part.FrontDoor),
            ("API answers", services.GetRequiredService<ApiResponseCache>(), CacheBudget.Part.ApiResponses),
            ("public pages", services.GetRequiredService<PublicPageCache>(), CacheBudget.Part.PublicPages),
        ];
        var fills = new List<CacheFill>();
        foreach (var (name, cache, part) in caches)
        {
            var store = (MemoryCache)cache.GetType().GetField("_entries", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(cache)!;
            var limit = budget.LimitOf(part);
            var count = (int)(limit * percent / 100 / FillEntryBytes);
            for (var i = 0; i < count; i++)
            {
                var body = new byte[FillEntryBytes];
                Array.Fill(body, (byte)('a' + i % 26)); // touched, so that the pages are resident
                store.Set("bench-fill-" + i, body, new MemoryCacheEntryOptions { Size = FillEntryBytes, Priority = CacheItemPriority.NeverRemove });
            }
            var kept = store.Count;
            fills.Add(new CacheFill(name, count, kept, (long)kept * FillEntryBytes, limit));
        }
        return fills;
    }

    private static string HeavyMarkdown(long rows, int indicators, long available, CacheBudget budget, int fillPercent, List<CacheFill> caches, (long Heap, long Committed, long AfterGc) afterFill, List<HeavyStep> steps)
    {
        var sb = new StringBuilder();
        string Mb(long b) => (b / 1048576.0).ToString("F0", Inv) + " MB";
        var failed = steps.SelectMany(s => s.Operations).Count(o => o.Error is not null);
        sb.AppendLine(Inv, $"- the GC may use {Mb(available)} (`GCMemoryInfo.TotalAvailableMemoryBytes`: the heap hard limit when one is set){(available > 256L * 1048576 ? " — **not** the shipped 256 MB limit" : "")}; cache budget {budget}");
        sb.AppendLine(Inv, $"- caches filled to {fillPercent} % of their shares with 64 kB entries before the steps ({string.Join(", ", caches.Select(c => string.Create(Inv, $"{c.Name} {c.Bytes / 1048576.0:F1} of {c.Limit / 1048576.0:F1} MB")))}; {Mb(caches.Sum(c => c.Bytes))} in all, the front door and the page cache counted apart as the worst case); GC heap after the fill and a full collection {Mb(afterFill.Heap)}, committed {Mb(afterFill.Committed)}");
        sb.AppendLine(Inv, $"- data: a file of {rows:N0} rows (285 municipalities × {indicators} indicators × 40 years, values with two decimals), imported through the wizard's pipeline without HTTP, each into a new dataset of the same organisation; the archive holds every figure imported before it");
        sb.AppendLine("- peak RSS: the process's VmHWM, reset before each step; GC heap, committed and heap after a collection: the highest of samples every 50 ms (`GC.GetTotalMemory(false)`, `GCMemoryInfo.TotalCommittedBytes`, `GCMemoryInfo.HeapSizeBytes` of the last collection)");
        sb.AppendLine(Inv, $"- result: **{(failed == 0 ? "no operation failed" : $"{failed} operation(s) failed")}**");
        sb.AppendLine();
        sb.AppendLine("| step | elapsed | peak RSS (before) | GC heap: peak (before) | GC committed: peak | heap after a GC: peak | gen2 GCs | operations |");
        sb.AppendLine("|---|---:|---|---|---:|---:|---:|---|");
        foreach (var s in steps)
        {
            var ops = string.Join("; ", s.Operations.Select(o => o.Error is null
                ? string.Create(Inv, $"{o.Name}: ok in {o.TotalSeconds:F1} s ({o.Detail})")
                : string.Create(Inv, $"{o.Name}: **failed** after {o.TotalSeconds:F1} s ({o.Error.GetType().Name}: {o.Error.Message.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal)})")));
            sb.AppendLine(Inv, $"| {s.Name} | {s.Elapsed.TotalSeconds:F1} s | **{Mb(s.Peak)}** ({Mb(s.Before)}) | **{Mb(s.PeakHeap)}** ({Mb(s.GcBefore.Heap)}) | {Mb(s.PeakCommitted)} | {Mb(s.PeakAfterGc)} | {s.Gen2} | {ops} |");
        }
        return sb.ToString();
    }

    private sealed record CacheFill(string Name, int Stored, int Entries, long Bytes, long Limit);

    private sealed record Operation(string Name, TimeSpan Elapsed, Exception? Error, string Detail)
    {
        public double TotalSeconds => Elapsed.TotalSeconds;
    }

    private sealed record HeavyStep(string Name, TimeSpan Elapsed, long Before, long Peak, (long Heap, long Committed, long AfterGc) GcBefore, long PeakHeap, long PeakCommitted, long PeakAfterGc, int Gen2, Operation[] Operations);
}
