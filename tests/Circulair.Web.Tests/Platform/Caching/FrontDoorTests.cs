using System.Net;
using Circulair.Organisations;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Platform.Caching;

/// <summary>A fresh app of its own (the tests move its clock) whose demo organisation has a Beheerder and a Lezer.</summary>
public sealed class FrontDoorApp : CirculairFactory
{
    public TestOrganisation Demo { get; private set; } = null!;
    public TestUser Beheerder { get; private set; } = null!;
    public TestUser Lezer { get; private set; } = null!;

    public PageCacheFrontDoor Door => Services.GetRequiredService<PageCacheFrontDoor>();
    public DataVersionTracker Versions => Services.GetRequiredService<DataVersionTracker>();

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));
        Demo = await WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.IsDemo).Select(o => new TestOrganisation(o.Id, o.Slug, o.Name)).SingleAsync());
        Beheerder = await this.NewUserAsync("Beheerder Voordeur");
        Lezer = await this.NewUserAsync("Lezer Voordeur");
        await this.AddMemberAsync(Demo, Beheerder, OrganisationRole.Beheerder);
        await this.AddMemberAsync(Demo, Lezer, OrganisationRole.Lezer);
        // On PostgreSQL the tracker trusts nothing until it hears the other instances' announcements.
        await VersionsTrustedAsync();
    }
}

/// <summary>
/// The front door of the page cache (decision 0172): a repeated page is answered before authentication while the
/// organisation's data version it was rendered under is current and the session needs no fresh check; everything
/// else goes down the full pipeline.
/// </summary>
public sealed class FrontDoorTests(FrontDoorApp app) : IClassFixture<FrontDoorApp>
{
    [Fact]
    public async Task A_repeated_page_is_answered_at_the_front_door_and_a_change_by_anyone_shows_at_once()
    {
        using var beheerder = await app.LoggedInClientAsync(app.Beheerder);
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        var url = app.Demo.Url("/stakeholders");
        var again = await FrontDoorAnswerAsync(lezer, url);
        Assert.True(again.Headers.ContainsKey("Age"));
        Assert.NotNull(again.Document.QuerySelector("main"));

        // Another member renames the organisation through the settings form.
        var name = Scenario.Unique("Voordeurstad");
        var settings = await beheerder.OpenAsync(app.Demo.Url("/settings"));
        var saved = await beheerder.SubmitAsync(settings, new Dictionary<string, string?> { ["Organisation.Name"] = name });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var hits = app.Door.Hits;
        var after = await lezer.OpenAsync(url);
        Assert.Equal(hits, app.Door.Hits);
        Assert.Equal(name, after.Text(".cx-header__org"));

        // A change written by other code through the app's context (no form) is seen as well.
        var renamed = Scenario.Unique("Achterdeurstad");
        await app.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == app.Demo.Id);
            organisation.Rename(renamed);
            await db.SaveChangesAsync();
        });
        Assert.Equal(renamed, (await lezer.OpenAsync(url)).Text(".cx-header__org"));
        Assert.Equal(renamed, (await lezer.OpenAsync(url)).Text(".cx-header__org"));
    }

    [Fact]
    public async Task A_session_due_for_its_security_check_goes_down_the_full_pipeline_again()
    {
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        var url = app.Demo.Url("/trajectories");
        await FrontDoorAnswerAsync(lezer, url);

        app.Clock.Advance(TimeSpan.FromMinutes(31));
        var hits = app.Door.Hits;
        var page = await lezer.GetAsync(url);

        Assert.Equal(hits, app.Door.Hits);
        Assert.Equal(HttpStatusCode.OK, page.Status);
    }

    [Fact]
    public async Task Without_a_session_or_with_a_flash_message_the_front_door_does_not_answer()
    {
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        var url = app.Demo.Url("/initiatives");
        await lezer.OpenAsync(url);
        await lezer.OpenAsync(url);
        var hits = app.Door.Hits;

        using var anonymous = app.NewClient();
        var page = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.StartsWith("/login", new Uri(new Uri("http://localhost"), page.Location!).PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(hits, app.Door.Hits);
    }

    [Fact]
    public async Task A_raise_in_a_transaction_is_forgotten_when_it_commits_and_not_before()
    {
        using var lezer = await app.LoggedInClientAsync(app.Lezer);
        await LearnVersionAsync(lezer);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Circulair.Persistence.CirculairDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await OrganisationDataVersion.RaiseAsync(db, app.Demo.Id);
            if (app.Provider == "Sqlite")
            {
                // On PostgreSQL the listener may still be hearing an earlier test's raise, which forgets the version too.
                Assert.True(app.Versions.TryGetCurrent(app.Demo.Id, out _));
            }
            await transaction.CommitAsync();
        }
        Assert.False(app.Versions.TryGetCurrent(app.Demo.Id, out _));

        // Outside a transaction the raise is committed when it returns.
        await LearnVersionAsync(lezer);
        await OrganisationDataVersion.RaiseAsync(db, app.Demo.Id);
        Assert.False(app.Versions.TryGetCurrent(app.Demo.Id, out _));
    }

    /// <summary>
    /// GETs the page until the front door answers it. One repeat is enough on SQLite; on PostgreSQL the announcement of
    /// an earlier raise may reach the listener after the first repeat and make it go down the full pipeline once more.
    /// </summary>
    private async Task<Page> FrontDoorAnswerAsync(AppClient client, string url)
    {
        await client.OpenAsync(url);
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var before = app.Door.Hits;
            var page = await client.OpenAsync(url);
            if (app.Door.Hits == before + 1)
            {
                return page;
            }
            await Task.Delay(50);
        }
        Assert.Fail($"The front door never answered {url}.");
        return null!;
    }

    /// <summary>Opens the dashboard until the tracker knows the demo organisation's version (see above for PostgreSQL).</summary>
    private async Task LearnVersionAsync(AppClient client)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await client.OpenAsync(app.Demo.Url());
            if (app.Versions.TryGetCurrent(app.Demo.Id, out _))
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail("The tracker never learnt the demo organisation's version.");
    }
}

/// <summary>The tracker's rule on its own: a version read before something was forgotten is never learnt after it.</summary>
public sealed class DataVersionTrackerTests
{
    private static DataVersionTracker Tracker()
    {
        var tracker = new DataVersionTracker(new Microsoft.AspNetCore.Http.HttpContextAccessor());
        tracker.Configure(enabled: true, shared: false);
        return tracker;
    }

    [Fact]
    public void A_version_read_in_the_current_epoch_is_learnt_and_forgotten_by_a_commit()
    {
        var tracker = Tracker();
        tracker.Observe(7, 12, tracker.Epoch);
        Assert.True(tracker.TryGetCurrent(7, out var version));
        Assert.Equal(12, version);

        tracker.Committed([7]);
        Assert.False(tracker.TryGetCurrent(7, out _));
    }

    [Fact]
    public void A_version_read_before_a_commit_of_its_organisation_is_refused_after_it()
    {
        var tracker = Tracker();
        var epoch = tracker.Epoch;
        tracker.Committed([3, 7]);
        tracker.Observe(7, 12, epoch);
        Assert.False(tracker.TryGetCurrent(7, out _));
        Assert.False(tracker.UnchangedSince(7, epoch));

        // Read again after the commit: learnt.
        tracker.Observe(7, 13, tracker.Epoch);
        Assert.True(tracker.TryGetCurrent(7, out var version));
        Assert.Equal(13, version);
    }

    [Fact]
    public void Another_organisations_commit_does_not_keep_a_version_from_being_learnt()
    {
        var tracker = Tracker();
        var epoch = tracker.Epoch;
        tracker.Committed([3]);
        tracker.Observe(7, 12, epoch);
        Assert.True(tracker.TryGetCurrent(7, out var version));
        Assert.Equal(12, version);
        Assert.True(tracker.UnchangedSince(7, epoch));
        Assert.False(tracker.UnchangedSince(3, epoch));
    }

    [Fact]
    public void Forgetting_everything_refuses_every_version_read_before_it()
    {
        var tracker = Tracker();
        var epoch = tracker.Epoch;
        tracker.ForgetAll(trustAfterwards: true);
        tracker.Observe(7, 12, epoch);
        Assert.False(tracker.TryGetCurrent(7, out _));
        Assert.False(tracker.UnchangedSince(7, epoch));
    }

    [Fact]
    public void A_shared_tracker_trusts_nothing_until_it_hears_the_others_and_forgets_all_when_it_stops_hearing()
    {
        var tracker = new DataVersionTracker(new Microsoft.AspNetCore.Http.HttpContextAccessor());
        tracker.Configure(enabled: true, shared: true);
        tracker.Observe(7, 12, tracker.Epoch);
        Assert.False(tracker.TryGetCurrent(7, out _));

        tracker.ForgetAll(trustAfterwards: true);
        tracker.Observe(7, 12, tracker.Epoch);
        Assert.True(tracker.TryGetCurrent(7, out _));

        tracker.ForgetAll(trustAfterwards: false);
        Assert.False(tracker.TryGetCurrent(7, out _));
    }

    [Fact]
    public void The_front_door_can_be_switched_off()
    {
        var tracker = new DataVersionTracker(new Microsoft.AspNetCore.Http.HttpContextAccessor());
        tracker.Configure(enabled: false, shared: false);
        tracker.Observe(7, 12, tracker.Epoch);
        Assert.False(tracker.TryGetCurrent(7, out _));
    }
}
