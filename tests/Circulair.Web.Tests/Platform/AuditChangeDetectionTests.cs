using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Platform;

/// <summary>
/// The audit interceptor detects a save's changes itself and switches EF Core's own second pass off for that one save
/// (decision 0515). Whatever way the save ends, the context must detect changes on its own again afterwards: a change
/// made by setting a property is saved and audited by the next save, and a caller's own choice is left as it was.
/// </summary>
public sealed class AuditChangeDetectionTests(SharedApp app)
{
    [Fact]
    public async Task After_a_save_the_next_change_is_detected_saved_and_audited()
    {
        var organisation = await app.NewOrganisationAsync();

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.Rename("Eerste naam");
            await db.SaveChangesAsync();
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);

            stored.Rename("Tweede naam");
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Eerste naam", "Tweede naam"], await NameTrailAsync(organisation.Id));
        Assert.Equal("Tweede naam", await app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.Name).SingleAsync()));
    }

    [Fact]
    public async Task After_a_failed_save_the_next_change_is_detected_saved_and_audited()
    {
        var organisation = await app.NewOrganisationAsync();
        var other = await app.NewOrganisationAsync();

        await app.WithDbAsync(async db =>
        {
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            // The slug is unique: the database refuses the second organisation.
            var duplicate = new Organisation("Dubbel", other.Slug, OrganisationType.Gemeente, app.Clock.GetUtcNow().UtcDateTime);
            db.Organisations.Add(duplicate);
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);

            db.Entry(duplicate).State = EntityState.Detached;
            stored.Rename("Na de fout");
            await db.SaveChangesAsync();
        });

        Assert.Equal(["Na de fout"], await NameTrailAsync(organisation.Id));
    }

    [Fact]
    public async Task A_caller_that_switched_detection_off_finds_it_off_after_the_save()
    {
        var organisation = await app.NewOrganisationAsync();

        await app.WithDbAsync(async db =>
        {
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var stored = await db.Organisations.SingleAsync(o => o.Id == organisation.Id);
            stored.Rename("Zonder automatische detectie");
            await db.SaveChangesAsync();
            Assert.False(db.ChangeTracker.AutoDetectChangesEnabled);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        });

        // The trail detects the change itself, as it always did.
        Assert.Equal(["Zonder automatische detectie"], await NameTrailAsync(organisation.Id));
    }

    private Task<List<string?>> NameTrailAsync(int organisationId) => app.WithDbAsync((db, _) => db.AuditEntries
        .Where(e => e.OrganisationId == organisationId && e.Field == nameof(Organisation.Name) && e.Action == AuditAction.Modified)
        .OrderBy(e => e.Id)
        .Select(e => e.NewValue)
        .ToListAsync());
}
