using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Which instance is checking or writing which import. An instance takes a lease on an import when it starts the
/// check or the write (or queues it), and renews the leases of all its running imports every third of the lease
/// (<see cref="RenewAsync"/>, called by <see cref="ImportWorker"/>). Recovery (<see cref="RecoverAsync"/>, at
/// start-up and at every sweep of every instance) fails only running imports whose lease ran out: an instance that
/// crashed stops renewing, one that is still at work does not lose its import to another that starts.
/// </summary>
public sealed class ImportLeases(TimeProvider clock, ScanImportOptions options)
{
    /// <summary>This instance's name in <see cref="ScanImport.LeaseHolder"/>: host name and a random part, new at every start.</summary>
    public string Holder { get; init; } = NewHolder();

    private static string NewHolder()
    {
        var name = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return name.Length <= 100 ? name : name[^100..];
    }

    public TimeSpan Duration => TimeSpan.FromSeconds(Math.Max(3, options.LeaseSeconds));

    /// <summary>How often the worker renews: a third of the lease, so two missed beats still leave it valid.</summary>
    public TimeSpan RenewEvery => Duration / 3;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Takes the lease on a tracked import; saved with the change that starts it running.</summary>
    public void Hold(ScanImport import) => import.TakeLease(Holder, Now + Duration);

    /// <summary>Takes the lease at once (for an import already running, e.g. when the runner starts on it).</summary>
    public Task<int> TakeAsync(CirculairDbContext db, int importId, CancellationToken ct)
    {
        var until = Now + Duration;
        var holder = Holder;
        return db.ScanImports.Where(i => i.Id == importId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseHolder, holder).SetProperty(i => i.LeaseExpiresAt, until), ct);
    }

    /// <summary>The heartbeat: extends the lease of every running import this instance holds.</summary>
    public Task<int> RenewAsync(CirculairDbContext db, CancellationToken ct)
    {
        var until = Now + Duration;
        var holder = Holder;
        return db.ScanImports
            .Where(i => i.LeaseHolder == holder && (i.Status == ScanImportStatus.Validating || i.Status == ScanImportStatus.Importing))
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseExpiresAt, until), ct);
    }

    /// <summary>
    /// Fails the running imports whose lease ran out (nothing of them was stored: the write is one transaction), of
    /// every organisation or of one.
    /// </summary>
    public async Task<int> RecoverAsync(CirculairDbContext db, CancellationToken ct, int? organisationId = null)
    {
        var now = Now;
        db.ActAs(new SystemActor(ImportWorker.ActorName));
        var stuck = await db.ScanImports
            .Where(i => organisationId == null || i.OrganisationId == organisationId)
            .Where(i => (i.Status == ScanImportStatus.Validating || i.Status == ScanImportStatus.Importing) && (i.LeaseExpiresAt == null || i.LeaseExpiresAt < now))
            .ToListAsync(ct);
        foreach (var i in stuck)
        {
            i.Fail("Scan.Import.Error.Interrupted");
        }
        await db.SaveChangesAsync(ct);
        return stuck.Count;
    }
}
