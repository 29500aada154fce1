using System.Threading.Channels;
using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

public sealed record ImportJob(int ImportId, bool Commit);

/// <summary>Large imports are checked and written in the background; the page polls the import's progress.</summary>
public sealed class ImportQueue
{
    private readonly Channel<ImportJob> _channel = Channel.CreateUnbounded<ImportJob>(new UnboundedChannelOptions { SingleReader = true });

    public void Enqueue(ImportJob job) => _channel.Writer.TryWrite(job);

    public IAsyncEnumerable<ImportJob> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

/// <summary>
/// Runs queued imports one at a time, and keeps the import folder tidy: it renews the leases of this instance's
/// running imports (<see cref="ImportLeases"/>); at start-up and at every sweep it marks running imports whose lease
/// ran out as failed (their instance stopped; nothing was stored: the write is one transaction), and every half
/// hour it expires unfinished imports past their time and removes their files.
/// </summary>
public sealed class ImportWorker(ImportQueue queue, IServiceScopeFactory scopes, ImportLeases leases, ILogger<ImportWorker> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RecoverAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Could not tidy up interrupted scan imports (is the database migrated?).");
        }
        using var sweep = new PeriodicTimer(TimeSpan.FromMinutes(30));
        var sweeping = SweepLoopAsync(sweep, stoppingToken);
        using var heartbeat = new PeriodicTimer(leases.RenewEvery);
        var beating = HeartbeatLoopAsync(heartbeat, stoppingToken);
        try
        {
            await foreach (var job in queue.ReadAllAsync(stoppingToken))
            {
                await RunAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await sweeping.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await beating.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task HeartbeatLoopAsync(PeriodicTimer timer, CancellationToken ct)
    {
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                using var scope = scopes.CreateScope();
                await leases.RenewAsync(scope.ServiceProvider.GetRequiredService<CirculairDbContext>(), ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A busy database (SQLite while an import writes) only delays the beat; the lease allows two misses.
                log.LogDebug(e, "Scan import lease renewal failed.");
            }
        }
    }

    public async Task RunAsync(ImportJob job, CancellationToken ct)
    {
        var kind = job.Commit ? "commit" : "check";
        using var activity = Platform.Telemetry.CirculairTelemetry.Imports.StartActivity("scan import " + kind);
        activity?.SetTag("circulair.import.id", job.ImportId);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            if (!await RunJobAsync(job, ct))
            {
                outcome = "failed";
                activity?.SetStatus(System.Diagnostics.ActivityStatusCode.Error);
            }
        }
        catch
        {
            outcome = "failed";
            throw;
        }
        finally
        {
            var tags = new System.Diagnostics.TagList { { "kind", kind }, { "outcome", outcome } };
            Platform.Telemetry.CirculairTelemetry.ImportJobs.Add(1, tags);
            Platform.Telemetry.CirculairTelemetry.ImportDuration.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    /// <returns>False when the import failed (and was marked so).</returns>
    private async Task<bool> RunJobAsync(ImportJob job, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await ActAsImporterAsync(scope.ServiceProvider.GetRequiredService<CirculairDbContext>(), job.ImportId, ct);
            var runner = scope.ServiceProvider.GetRequiredService<ImportRunner>();
            if (job.Commit)
            {
                await runner.CommitAsync(job.ImportId, ct);
            }
            else
            {
                await runner.ValidateAsync(job.ImportId, ct);
            }
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Scan import {ImportId} failed.", job.ImportId);
            using var scope = scopes.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            db.ActAs(new SystemActor(ActorName));
            var import = await db.ScanImports.SingleOrDefaultAsync(i => i.Id == job.ImportId, ct);
            if (import is not null)
            {
                import.Fail("Scan.Import.Error.Unexpected");
                await db.SaveChangesAsync(ct);
            }
            return false;
        }
    }

    /// <summary>The author, in the history, of what the worker changes on its own (interrupted and expired imports).</summary>
    public const string ActorName = "Circulair (import)";

    /// <summary>A queued import is the work of the person who started it: the history names them, as it does for a small import run in their request.</summary>
    private static async Task ActAsImporterAsync(CirculairDbContext db, int importId, CancellationToken ct)
    {
        var by = await db.ScanImports.Where(i => i.Id == importId)
            .Select(i => new { i.UserId, Name = db.Users.Where(u => u.Id == i.UserId).Select(u => u.DisplayName).FirstOrDefault() })
            .FirstOrDefaultAsync(ct);
        db.ActAs(by is null ? new SystemActor(ActorName) : new PersonActor(by.UserId, by.Name));
    }

    private async Task RecoverAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        await leases.RecoverAsync(scope.ServiceProvider.GetRequiredService<CirculairDbContext>(), ct);
    }

    private async Task SweepLoopAsync(PeriodicTimer timer, CancellationToken ct)
    {
        while (await timer.WaitForNextTickAsync(ct))
        {
            try
            {
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
                await leases.RecoverAsync(db, ct);
                db.ActAs(new SystemActor(ActorName));
                var store = scope.ServiceProvider.GetRequiredService<UploadStore>();
                var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
                var expired = await db.ScanImports
                    .Where(i => i.ExpiresAt < now && (i.Status == ScanImportStatus.Draft || i.Status == ScanImportStatus.Invalid || i.Status == ScanImportStatus.Ready))
                    .ToListAsync(ct);
                foreach (var i in expired)
                {
                    i.Expire();
                    store.Delete(i.StoredName);
                }
                await db.SaveChangesAsync(ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogWarning(e, "Scan import expiry sweep failed.");
            }
        }
    }
}
