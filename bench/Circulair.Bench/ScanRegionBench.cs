using System.Diagnostics;
using System.Globalization;
using System.Text;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Bench;

/// <summary>
/// Issue 19's "a region loads the scan data of all its members at once: 10 M figures imported ≤ 40 s with memory flat
/// (peak no higher than for 1 M)". <c>scan --rows N</c> writes two files of the same shape, every Flemish municipality
/// (285) × C indicators of a free list × 40 years, long format with a decimal comma and values that hardly repeat (as
/// measured tonnages do): the region file with C = ⌈N ÷ 11,400⌉ (10,032,000 rows for N = 10 M) and the reference file
/// with 88 indicators (1,003,200 rows, as many as the issue-4 file; <c>--reference-rows</c> for a quick run). In one
/// process, each on an empty figures table and a new dataset: the region file imported first (so its peak is that
/// of a fresh process, JIT included), then the reference file; the app's bulk writer alone with the region's rows
/// (generated on the fly, never held in memory); and the region file imported again into its own dataset, which
/// replaces every year and so holds the old figures in batches (decision 0410). Peak memory is the process's peak
/// resident set (VmHWM, reset before each step).
/// </summary>
public static partial class ScanBench
{
    private const int RegionYears = 40;

    private static async Task<int> RunRegionAsync(Options options, long rows, string provider, string connection, string folder, string output)
    {
        var municipalities = AreaRegistry.Instance.All.Where(a => a.Kind == AreaKind.Municipality).OrderBy(a => a.Code, StringComparer.Ordinal).ToList();
        var perIndicator = (long)municipalities.Count * RegionYears;
        var regionIndicators = (int)Math.Max(1, (rows + perIndicator - 1) / perIndicator);
        var referenceIndicators = (int)Math.Max(1, (long.Parse(options.Get("reference-rows", "1003200"), Inv) + perIndicator - 1) / perIndicator);
        var reimport = options.Get("reimport", "yes") != "no";

        var regionFile = Path.Combine(folder, "scan-region.csv");
        var referenceFile = Path.Combine(folder, "scan-region-reference.csv");
        var watch = Stopwatch.StartNew();
        var regionCount = await WriteRegionFileAsync(regionFile, municipalities, regionIndicators);
        var referenceCount = await WriteRegionFileAsync(referenceFile, municipalities, referenceIndicators);
        Console.Error.WriteLine($"files: {regionCount:N0} rows ({new FileInfo(regionFile).Length / 1048576.0:F0} MB) and {referenceCount:N0} rows ({new FileInfo(referenceFile).Length / 1048576.0:F0} MB), written in {watch.Elapsed.TotalSeconds:F0} s");

        await using var app = new BenchApp(provider, connection, folder);
        app.StartServer();
        var (organisationId, userId, _, _) = await SeedAsync(app);
        var mapping = RegionFileMapping();

        async Task<RegionStep> ImportAsync(string name, string file, long expected, int? into = null)
        {
            int dataset;
            if (into is { } existing)
            {
                dataset = existing;
            }
            else
            {
                await EmptyAsync(app);
                dataset = await NewRegionDatasetAsync(app, organisationId, name);
            }
            Settle();
            var before = Memory.Resident();
            Memory.ResetPeak();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var timing = await ScanImportBenchmark.ImportFileAsync(app.Services, organisationId, dataset, userId, file, mapping);
            var step = new RegionStep(name, expected, new FileInfo(file).Length, timing, null, TimeSpan.Zero, before, Memory.Peak(), GC.GetTotalAllocatedBytes(precise: true) - allocated, dataset);
            await CheckCountAsync(app, dataset, expected);
            Console.Error.WriteLine(step.Line());
            return step;
        }

        var steps = new List<RegionStep>();
        var region = await ImportAsync("region file", regionFile, regionCount);
        steps.Add(region);
        steps.Add(await ImportAsync("reference file", referenceFile, referenceCount));

        {
            await EmptyAsync(app);
            var dataset = await NewRegionDatasetAsync(app, organisationId, "writer");
            Settle();
            var before = Memory.Resident();
            Memory.ResetPeak();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var cpu = Cpu();
            var writer = await ScanImportBenchmark.RawInsertAsync(app.Services, organisationId, dataset, RegionRows(municipalities, regionIndicators, organisationId));
            var step = new RegionStep("the app's bulk writer alone, region rows", regionCount, 0, null, writer, Cpu() - cpu, before, Memory.Peak(), GC.GetTotalAllocatedBytes(precise: true) - allocated, dataset);
            await CheckCountAsync(app, dataset, regionCount);
            Console.Error.WriteLine(step.Line());
            steps.Add(step);
        }
        if (reimport)
        {
            await EmptyAsync(app);
            var dataset = await NewRegionDatasetAsync(app, organisationId, "re-import");
            await ScanImportBenchmark.ImportFileAsync(app.Services, organisationId, dataset, userId, regionFile, mapping);
            steps.Add(await ImportAsync("region file again, replacing all its years", regionFile, regionCount, dataset));
        }

        var block = RegionMarkdown(regionCount, regionIndicators, referenceCount, referenceIndicators, steps);
        Console.WriteLine(block);
        if (output.Length > 0)
        {
            await File.WriteAllTextAsync(output, block);
        }
        return 0;
    }

    /// <summary>Value of a figure: spread out, two decimals, few repeats (as measured tonnages), a few zeros.</summary>
    private static double RegionValue(int area, int indicator, int year)
    {
        var h = (uint)HashCode.Combine(area, indicator, year, 19);
        return h % 50 == 0 ? 0 : h % 4_000_000 / 100.0;
    }

    private static string IndicatorCode(int i) => "IND-" + (i + 1).ToString("D4", Inv);

    /// <summary>How the region file's columns are read (a long file of a free list, in tonnes); the heavy bench imports the same file.</summary>
    private static ImportMapping RegionFileMapping() =>
        new() { Layout = ImportLayout.Long, AreaColumn = 2, YearColumn = 3, CategoryColumn = 4, ValueColumn = 5, FixedUnit = Units.Tonnes };

    private static async Task<long> WriteRegionFileAsync(string path, List<Area> municipalities, int indicators)
    {
        long n = 0;
        var temp = path + ".tmp";
        var belgian = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        belgian.NumberDecimalSeparator = ",";
        await using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false), 1 << 16))
        {
            await writer.WriteLineAsync("Gemeente;NIS-code;Jaar;Indicator;Waarde (ton)");
            foreach (var m in municipalities)
            {
                for (var i = 0; i < indicators; i++)
                {
                    var code = IndicatorCode(i);
                    for (var y = 0; y < RegionYears; y++)
                    {
                        var year = FirstYear + y;
                        await writer.WriteLineAsync(string.Create(belgian, $"{m.Name};{m.Code};{year};{code};{RegionValue(m.Index, i, year)}"));
                        n++;
                    }
                }
            }
        }
        File.Move(temp, path, overwrite: true);
        return n;
    }

    /// <summary>The region file's figures, generated as the writer takes them (10 M rows would not fit the heap limit as a list).</summary>
    private static IEnumerable<ObservationRow> RegionRows(List<Area> municipalities, int indicators, int organisationId)
    {
        foreach (var m in municipalities)
        {
            for (var i = 0; i < indicators; i++)
            {
                var code = IndicatorCode(i);
                for (var y = 0; y < RegionYears; y++)
                {
                    yield return new ObservationRow(organisationId, 0, m.Code, FirstYear + y, code, RegionValue(m.Index, i, FirstYear + y), Units.Tonnes);
                }
            }
        }
    }

    private static async Task<int> NewRegionDatasetAsync(BenchApp app, int organisationId, string name)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var dataset = new ScanDataset(organisationId, "Regio " + name, DatasetKind.Andere, CategoryScheme.Free, "Synthetisch (bench)", DateTime.UtcNow);
        db.ScanDatasets.Add(dataset);
        await db.SaveChangesAsync();
        return dataset.Id;
    }

    private static string RegionMarkdown(long regionRows, int regionIndicators, long referenceRows, int referenceIndicators, List<RegionStep> steps)
    {
        var sb = new StringBuilder();
        string S(TimeSpan t) => t.TotalSeconds.ToString("F1", Inv) + " s";
        string Mb(long b) => (b / 1048576.0).ToString("F0", Inv) + " MB";
        sb.AppendLine(Inv, $"- data: the region file {regionRows:N0} rows (285 municipalities × {regionIndicators} indicators × {RegionYears} years), the reference file {referenceRows:N0} rows (× {referenceIndicators} indicators); free list, unit ton, values with two decimals that hardly repeat; in this order, each on an empty figures table except the re-import");
        sb.AppendLine("- elapsed time, and in brackets the CPU time of the app's process (all its threads; PostgreSQL's own work is in a server process and not counted); peak RSS = the process's VmHWM, reset before each step");
        sb.AppendLine();
        sb.AppendLine("| step | rows | CSV | elapsed (CPU) = probe + check (CPU) + commit (CPU) | per million rows | peak RSS (RSS before) | allocated |");
        sb.AppendLine("|---|---:|---:|---|---:|---|---:|");
        foreach (var r in steps)
        {
            var time = r.Import is { } t
                ? $"{S(t.Total)} ({S(t.TotalCpu)}) = {S(t.Probe)} + {S(t.Validate)} ({S(t.ValidateCpu)}) + {S(t.Commit)} ({S(t.CommitCpu)})"
                : $"{S(r.Writer!.Value)} ({S(r.WriterCpu)})";
            var total = r.Import?.Total ?? r.Writer!.Value;
            sb.AppendLine(Inv, $"| {r.Name} | {r.Rows:N0} | {(r.FileBytes > 0 ? Mb(r.FileBytes) : "–")} | {time} | {total.TotalSeconds / (r.Rows / 1e6):F2} s | **{Mb(r.Peak)}** ({Mb(r.Before)}) | {Mb(r.Allocated)} |");
        }
        return sb.ToString();
    }

    private sealed record RegionStep(string Name, long Rows, long FileBytes, ImportTiming? Import, TimeSpan? Writer, TimeSpan WriterCpu, long Before, long Peak, long Allocated, int Dataset)
    {
        public string Line() => string.Create(Inv,
            $"{Name}: {Rows:N0} rows, {(Import is { } t ? $"import {t.Total.TotalSeconds:F2} s / cpu {t.TotalCpu.TotalSeconds:F2} s (probe {t.Probe.TotalSeconds:F2}, check {t.Validate.TotalSeconds:F2} / cpu {t.ValidateCpu.TotalSeconds:F2}, commit {t.Commit.TotalSeconds:F2} / cpu {t.CommitCpu.TotalSeconds:F2})" : $"writer {Writer!.Value.TotalSeconds:F2} s / cpu {WriterCpu.TotalSeconds:F2} s")}, peak RSS {Peak / 1048576} MB (before {Before / 1048576} MB), allocated {Allocated / 1048576} MB, load {File.ReadAllText("/proc/loadavg").Trim()}");
    }
}
