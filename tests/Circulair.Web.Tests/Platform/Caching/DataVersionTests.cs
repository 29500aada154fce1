using System.Net;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Scan;
using Circulair.Stakeholders;
using Circulair.Trajectory;
using Circulair.Web.Features.Scan.Import;
using Circulair.Web.Tests.Features.Trajectory;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>
/// The organisation's data version (decisions 0170 and 0171) on the real database: every way of changing an organisation's
/// data raises it, in the same transaction; nothing else does. Cached pages are exactly as fresh as this number.
/// </summary>
public sealed class DataVersionTests(SharedApp app)
{
    private Task<long> VersionAsync(TestOrganisation organisation) =>
        app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == organisation.Id).Select(o => o.DataVersion).SingleAsync());

    [Fact]
    public async Task A_change_through_a_form_raises_its_organisation_version_and_no_other()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var other = await app.NewOrganisationAsync();
        var (before, otherBefore) = (await VersionAsync(s.Organisation), await VersionAsync(other));

        await s.NewTrajectoryAsync();

        Assert.True(await VersionAsync(s.Organisation) > before);
        Assert.Equal(otherBefore, await VersionAsync(other));
    }

    [Fact]
    public async Task A_save_that_fails_raises_nothing_and_leaves_no_trail()
    {
        var organisation = await app.NewOrganisationAsync();
        var taken = await app.NewOrganisationAsync();
        var before = await VersionAsync(organisation);

        // The slug is unique: renaming the slug to another organisation's fails in the database.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => app.WithDbAsync(async db =>
        {
            var o = await db.Organisations.SingleAsync(x => x.Id == organisation.Id);
            o.Rename("Nieuwe naam");
            db.Entry(o).Property(x => x.Slug).CurrentValue = taken.Slug;
            await db.SaveChangesAsync();
        }));

        Assert.Equal(before, await VersionAsync(organisation));
        var trail = await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.OrganisationId == organisation.Id && e.Action == AuditAction.Modified));
        Assert.Equal(0, trail);
    }

    [Fact]
    public async Task An_organisation_loaded_before_a_raise_and_saved_after_it_does_not_put_the_old_number_back()
    {
        var organisation = await app.NewOrganisationAsync();
        var before = await VersionAsync(organisation);

        await app.WithDbAsync(async (db, sp) =>
        {
            var stale = await db.Organisations.SingleAsync(x => x.Id == organisation.Id);
            await app.WithDbAsync(async other =>
            {
                (await other.Organisations.SingleAsync(x => x.Id == organisation.Id)).Rename("Eerst");
                await other.SaveChangesAsync();
            });
            stale.Rename("Daarna");
            await db.SaveChangesAsync();
            return true;
        });

        Assert.Equal(before + 2, await VersionAsync(organisation));
    }

    [Fact]
    public async Task Renaming_a_person_raises_the_version_of_each_of_their_organisations()
    {
        var (first, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var second = await app.NewOrganisationAsync();
        await app.AddMemberAsync(second, user, OrganisationRole.Lezer);
        var elsewhere = await app.NewOrganisationAsync();
        var before = (await VersionAsync(first), await VersionAsync(second), await VersionAsync(elsewhere));
        using var client = await app.LoggedInClientAsync(user);

        var saved = await client.SubmitAsync(await client.OpenAsync("/account/profile"), new Dictionary<string, string?> { ["Input.Name"] = "Een nieuwe naam" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.True(await VersionAsync(first) > before.Item1);
        Assert.True(await VersionAsync(second) > before.Item2);
        Assert.Equal(before.Item3, await VersionAsync(elsewhere));
    }

    [Fact]
    public async Task Saving_a_profile_without_changing_what_others_see_raises_nothing()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var before = await VersionAsync(organisation);
        using var client = await app.LoggedInClientAsync(user);

        await client.SubmitAsync(await client.OpenAsync("/account/profile"), new Dictionary<string, string?> { ["Input.Language"] = "en" });

        Assert.Equal(before, await VersionAsync(organisation));
    }

    [Fact]
    public async Task Scan_figures_written_in_bulk_raise_the_version()
    {
        var organisation = await app.NewOrganisationAsync();
        var datasetId = await app.WithDbAsync(async (db, _) =>
        {
            var dataset = new ScanDataset(organisation.Id, "Afval", DatasetKind.Andere, CategoryScheme.Free, "Test", app.Clock.GetUtcNow().UtcDateTime);
            db.ScanDatasets.Add(dataset);
            await db.SaveChangesAsync();
            return dataset.Id;
        });
        var before = await VersionAsync(organisation);

        await ScanImportBenchmark.RawInsertAsync(app.Services, organisation.Id, datasetId, [new ObservationRow(0, 0, "41002", 2024, "20 03 01", 12.5, "t")]);

        Assert.Equal(before + 1, await VersionAsync(organisation));
    }

    [Fact]
    public async Task Erasing_personal_values_from_the_trail_raises_the_version()
    {
        using var s = await TrajectoryScenario.StartAsync(app);
        var id = await s.NewTrajectoryAsync();
        var sessionId = (await s.SessionIdsAsync(id))[0];
        var before = await VersionAsync(s.Organisation);

        await app.WithDbAsync(db => AuditTrail.ErasePersonalValuesAsync(db, s.Organisation.Id, nameof(TrajectorySession), sessionId));

        Assert.Equal(before + 1, await VersionAsync(s.Organisation));
    }

    [Fact]
    public async Task A_change_of_fields_left_out_of_the_trail_still_raises_the_version()
    {
        var organisation = await app.NewOrganisationAsync();
        var user = await app.NewUserAsync();
        var importId = await app.WithDbAsync(async (db, _) =>
        {
            var dataset = new ScanDataset(organisation.Id, "Afval", DatasetKind.Andere, CategoryScheme.Free, "Test", app.Clock.GetUtcNow().UtcDateTime);
            db.ScanDatasets.Add(dataset);
            await db.SaveChangesAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var import = new ScanImport(organisation.Id, user.Id, dataset.Id, "afval.csv", 100, "stored", ImportFileKind.Csv, now, now.AddDays(1));
            db.ScanImports.Add(import);
            await db.SaveChangesAsync();
            return import.Id;
        });
        var before = await VersionAsync(organisation);
        var trailBefore = await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.OrganisationId == organisation.Id));

        // Progress is [NotAudited]: no trail, but a page showing the import shows it.
        await app.WithDbAsync(async db =>
        {
            var import = await db.ScanImports.SingleAsync(i => i.Id == importId);
            import.ReportProgress(50, 10);
            await db.SaveChangesAsync();
        });

        Assert.Equal(before + 1, await VersionAsync(organisation));
        Assert.Equal(trailBefore, await app.WithDbAsync((db, _) => db.AuditEntries.CountAsync(e => e.OrganisationId == organisation.Id)));
    }

    private async Task<(long Data, long Names)> VersionsAsync(TestOrganisation organisation)
    {
        var row = await app.WithDbAsync((db, _) => db.Organisations.Where(o => o.Id == organisation.Id)
            .Select(o => new { o.DataVersion, o.OwnerNamesVersion }).SingleAsync());
        return (row.DataVersion, row.OwnerNamesVersion);
    }

    /// <summary>Applies <paramref name="change"/> to the stakeholder and saves, as a form would.</summary>
    private Task ChangeStakeholderAsync(int id, Action<Stakeholder> change) => app.WithDbAsync(async db =>
    {
        change(await db.Stakeholders.SingleAsync(x => x.Id == id));
        await db.SaveChangesAsync();
    });

    [Fact]
    public async Task The_owner_names_version_moves_with_a_name_a_goal_owner_may_be_and_stays_for_other_saves()
    {
        var organisation = await app.NewOrganisationAsync();
        var other = await app.NewOrganisationAsync();
        var otherBefore = await VersionsAsync(other);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var v0 = await VersionsAsync(organisation);

        var id = await app.WithDbAsync(async (db, _) =>
        {
            var added = new Stakeholder(organisation.Id, new StakeholderDetails { Name = "Dienst Milieu", Group = StakeholderGroup.Bedrijven }, now);
            db.Stakeholders.Add(added);
            await db.SaveChangesAsync();
            return added.Id;
        });
        var v1 = await VersionsAsync(organisation);
        Assert.Equal((v0.Data + 1, v0.Names + 1), v1);

        // Rating the stakeholder changes what pages show, not its name.
        await ChangeStakeholderAsync(id, x => x.Assess(today, StakeholderLevel.Hoog, StakeholderLevel.Laag, null, today, now));
        var v2 = await VersionsAsync(organisation);
        Assert.Equal((v1.Data + 1, v1.Names), v2);

        await ChangeStakeholderAsync(id, x => x.Describe(x.Details with { Name = "Dienst Omgeving" }));
        var v3 = await VersionsAsync(organisation);
        Assert.Equal((v2.Data + 1, v2.Names + 1), v3);

        await ChangeStakeholderAsync(id, x => x.Describe(x.Details with { Department = "Team Klimaat" }));
        var v4 = await VersionsAsync(organisation);
        Assert.Equal((v3.Data + 1, v3.Names + 1), v4);

        await app.AddMemberAsync(organisation, await app.NewUserAsync(), OrganisationRole.Teamlid);
        var v5 = await VersionsAsync(organisation);
        Assert.True(v5.Names > v4.Names);

        // A raise that does not say what changed (bulk writes, erasure) raises both.
        await app.WithDbAsync(db => OrganisationDataVersion.RaiseAsync(db, organisation.Id));
        var v6 = await VersionsAsync(organisation);
        Assert.Equal((v5.Data + 1, v5.Names + 1), v6);

        await app.WithDbAsync(async db =>
        {
            db.Stakeholders.Remove(await db.Stakeholders.SingleAsync(x => x.Id == id));
            await db.SaveChangesAsync();
        });
        Assert.Equal(v6.Names + 1, (await VersionsAsync(organisation)).Names);
        Assert.Equal(otherBefore, await VersionsAsync(other));
    }

    [Fact]
    public async Task Renaming_a_person_raises_the_owner_names_version_of_their_organisations()
    {
        var (organisation, user) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var before = await VersionsAsync(organisation);
        using var client = await app.LoggedInClientAsync(user);

        await client.SubmitAsync(await client.OpenAsync("/account/profile"), new Dictionary<string, string?> { ["Input.Name"] = "Nog een andere naam" });

        Assert.True((await VersionsAsync(organisation)).Names > before.Names);
    }
}
