using System.Diagnostics;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Timings of one import: probe, check (streaming pass + staging) and commit (diff, delete, bulk write), as elapsed
/// time and as CPU time of this process (all threads; a database server's own work is not in it).
/// </summary>
public sealed record ImportTiming(TimeSpan Probe, TimeSpan Validate, TimeSpan Commit, long Observations, int Problems, ScanImportStatus Status)
{
    public TimeSpan Total => Probe + Validate + Commit;

    public TimeSpan ProbeCpu { get; init; }
    public TimeSpan ValidateCpu { get; init; }
    public TimeSpan CommitCpu { get; init; }
    public TimeSpan TotalCpu => ProbeCpu + ValidateCpu + CommitCpu;
}

/// <summary>
/// The entry the load benchmark (bench/) calls: the same pipeline as the wizard, without HTTP. Use a service
/// provider of the running app (e.g. WebApplicationFactory.Services) so the provider-specific bulk writer and
/// the import folder are the configured ones.
/// <code>
/// var t = await ScanImportBenchmark.ImportFileAsync(app.Services, orgId, datasetId, userId, "rows.csv", mapping: null);
/// var raw = await ScanImportBenchmark.RawInsertAsync(app.Services, orgId, otherDatasetId, rows);
/// </code>
/// </summary>
public static class ScanImportBenchmark
{
    /// <summary>
    /// Imports a file into a dataset: probe → mapping (the given one, else the detected one) → check → commit.
    /// Throws when the file does not pass, with the first problems in the message.
    /// </summary>
    public static async Task<ImportTiming> ImportFileAsync(IServiceProvider services, int organisationId, int scanDatasetId, int userId, string path, ImportMapping? mapping = null, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<CirculairDbContext>();
        var store = sp.GetRequiredService<UploadStore>();
        var options = sp.GetRequiredService<ScanImportOptions>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var dataset = await db.ScanDatasets.SingleAsync(d => d.Id == scanDatasetId && d.OrganisationId == organisationId, ct);

        using var process = Process.GetCurrentProcess();
        TimeSpan Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
        var cpu = Cpu();
        var watch = Stopwatch.StartNew();
        var stored = UploadStore.NewName();
        File.Copy(path, store.PathOf(stored));
        var kind = ImportProbe.KindOf(path, []);
        var probe = ImportProbe.Run(store.PathOf(stored), kind, options);
        if (probe.Format is not { } format)
        {
            throw new InvalidOperationException($"{probe.ProblemKey}: {string.Join(", ", probe.ProblemArguments)}");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var import = new ScanImport(organisationId, userId, dataset.Id, Path.GetFileName(path), new FileInfo(path).Length, stored, kind, now, now.AddHours(options.ExpiryHours));
        import.ReadAs(format.EncodingName, format.Delimiter.ToString(), format.Numbers.Decimal.ToString(), format.Numbers.Thousands, format.HeaderRow, null);
        if (mapping is null)
        {
            var sample = ImportProbe.ReadSample(store.PathOf(stored), ReadSettings.Of(import), format.HeaderRow + 40);
            var header = sample.FirstOrDefault(r => r.Number == format.HeaderRow)?.Cells.Select(c => c ?? "").ToList() ?? [];
            mapping = FormatDetector.SuggestMapping(header, [.. sample.Where(r => r.Number > format.HeaderRow).Select(r => (IReadOnlyList<string?>)r.Cells)], dataset.Scheme, format.Numbers);
        }
        import.Map(mapping, remembered: false);
        import.StartValidation();
        db.ScanImports.Add(import);
        await db.SaveChangesAsync(ct);
        var probeTime = watch.Elapsed;
        var probeCpu = Cpu() - cpu;

        cpu = Cpu();
        watch.Restart();
        var runner = sp.GetRequiredService<ImportRunner>();
        await runner.ValidateAsync(import.Id, ct);
        var validateTime = watch.Elapsed;
        var validateCpu = Cpu() - cpu;
        if (import.Status != ScanImportStatus.Ready)
        {
            var report = ImportReport.Load(store.ReportPath(stored));
            throw new InvalidOperationException($"Import did not pass: {import.ProblemCount} problems, e.g. " +
                string.Join("; ", report?.Problems.Take(5).Select(p => $"row {p.Row} col {p.ColumnName} {p.Kind} '{p.Value}'") ?? []));
        }

        cpu = Cpu();
        watch.Restart();
        import.Confirm(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await runner.CommitAsync(import.Id, ct);
        var commitTime = watch.Elapsed;
        var commitCpu = Cpu() - cpu;
        return new ImportTiming(probeTime, validateTime, commitTime, import.ObservationCount, import.ProblemCount, import.Status)
        {
            ProbeCpu = probeCpu, ValidateCpu = validateCpu, CommitCpu = commitCpu,
        };
    }

    /// <summary>The baseline: the same rows straight into the bulk writer, in one transaction, nothing else.</summary>
    public static async Task<TimeSpan> RawInsertAsync(IServiceProvider services, int organisationId, int scanDatasetId, IEnumerable<ObservationRow> rows, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
        var writer = scope.ServiceProvider.GetRequiredService<IObservationBulkWriter>();
        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await writer.WriteAsync(db, rows.Select(r => r with { OrganisationId = organisationId, ScanDatasetId = scanDatasetId }), ct);
        await transaction.CommitAsync(ct);
        return watch.Elapsed;
    }
}
