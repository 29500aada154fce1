using Circulair.Audit;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// Issue 12 item 7: crash recovery with several instances. Two simulated instances share the database, each with its
/// own lease holder; a third starts and recovers. Only the import whose instance stopped renewing is failed.
/// </summary>
public sealed class ScanImportLeaseTests(SharedApp app)
{
    [Fact]
    public async Task An_instance_that_starts_fails_only_imports_whose_lease_ran_out()
    {
        var (org, user, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var clock = new FakeTimeProvider(app.Clock.GetUtcNow());
        var options = new ScanImportOptions { LeaseSeconds = 60 };
        var a = new ImportLeases(clock, options) { Holder = "instance-a-" + Guid.NewGuid().ToString("N") };
        var b = new ImportLeases(clock, options) { Holder = "instance-b-" + Guid.NewGuid().ToString("N") };
        var starting = new ImportLeases(clock, options) { Holder = "instance-c-" + Guid.NewGuid().ToString("N") };

        var runningOnA = await RunningImportAsync(org.Id, user.Id, datasetId, a, confirm: false);
        var runningOnB = await RunningImportAsync(org.Id, user.Id, datasetId, b, confirm: true);

        // Both leases are fresh: a starting instance leaves both alone.
        Assert.Equal(0, await app.WithDbAsync((db, _) => starting.RecoverAsync(db, CancellationToken.None, org.Id)));

        // A keeps beating; B crashed and does not.
        for (var beat = 0; beat < 6; beat++)
        {
            clock.Advance(a.RenewEvery);
            Assert.True(await app.WithDbAsync((db, _) => a.RenewAsync(db, CancellationToken.None)) >= 1);
        }
        Assert.Equal(1, await app.WithDbAsync((db, _) => starting.RecoverAsync(db, CancellationToken.None, org.Id)));

        var (statusA, statusB) = await app.WithDbAsync(async (db, _) => (
            await db.ScanImports.Where(i => i.Id == runningOnA).Select(i => i.Status).SingleAsync(),
            await db.ScanImports.Where(i => i.Id == runningOnB).Select(i => new { i.Status, i.FailureKey }).SingleAsync()));
        Assert.Equal(ScanImportStatus.Validating, statusA);
        Assert.Equal(ScanImportStatus.Failed, statusB.Status);
        Assert.Equal("Scan.Import.Error.Interrupted", statusB.FailureKey);

        // Once A stops too, its import is recovered in turn.
        clock.Advance(a.Duration + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await app.WithDbAsync((db, _) => starting.RecoverAsync(db, CancellationToken.None, org.Id)));
        Assert.Equal(ScanImportStatus.Failed, await app.WithDbAsync((db, _) => db.ScanImports.Where(i => i.Id == runningOnA).Select(i => i.Status).SingleAsync()));
    }

    [Fact]
    public async Task The_runner_takes_the_lease_of_the_import_it_works_on()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var ready = await ImportUntilCheckedAsync(client, org, datasetId, "banen.csv", Fixture("duplicate-rows.csv")[..^17], LongMapping());

        var import = await app.WithDbAsync((db, _) => db.ScanImports.AsNoTracking().SingleAsync(i => i.Id == ImportId(ready)));
        var holder = await app.WithDbAsync((db, sp) => Task.FromResult(sp.GetRequiredService<ImportLeases>().Holder));
        Assert.Equal(ScanImportStatus.Ready, import.Status);
        Assert.Equal(holder, import.LeaseHolder); // taken when the check started; a finished check leaves it until the next run
        var done = await ConfirmAsync(client, ready);
        var imported = await app.WithDbAsync((db, _) => db.ScanImports.AsNoTracking().SingleAsync(i => i.Id == ImportId(done)));
        Assert.Equal(ScanImportStatus.Imported, imported.Status);
        Assert.Null(imported.LeaseHolder); // released with the write's own transaction
    }

    private Task<int> RunningImportAsync(int organisationId, int userId, int datasetId, ImportLeases leases, bool confirm) => app.WithDbAsync(async (db, _) =>
    {
        db.ActAs(new SystemActor("test"));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var import = new ScanImport(organisationId, userId, datasetId, "lease.csv", 10, UploadStore.NewName(), ImportFileKind.Csv, now, now.AddHours(1));
        import.StartValidation();
        if (confirm)
        {
            import.RecordValidation(1, 0, 0, [2023], 1, 1);
            import.Confirm(now);
        }
        leases.Hold(import);
        db.ScanImports.Add(import);
        await db.SaveChangesAsync();
        return import.Id;
    });
}
