using System.Net;
using System.Text.Json;
using Circulair.FollowUp.Owners;
using Circulair.HealthCheck;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Vision;
using Circulair.Web.Features.Privacy;
using Circulair.Web.Platform.Demo;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Circulair.Web.Tests.Features.Privacy;

/// <summary>An app of its own with the demo organisation, whose content has a record of every kind.</summary>
public sealed class PrivacyApp : CirculairFactory
{
    public TestOrganisation Demo { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await WithDbAsync(async (_, sp) => await DemoSeeder.SeedAsync(sp, CancellationToken.None));
        Demo = await WithDbAsync(async (db, _) => await db.Organisations.Where(o => o.IsDemo).Select(o => new TestOrganisation(o.Id, o.Slug, o.Name)).SingleAsync());
    }
}

/// <summary>
/// GDPR (issue 12 item 11, decision 0244): a Beheerder exports what the organisation holds about one person from every
/// place it is kept, and erases it so that no text column of any table still holds the name or the address.
/// </summary>
public sealed class PersonalDataTests(PrivacyApp app) : IClassFixture<PrivacyApp>
{
    private static readonly string[] Places = ["Stakeholder", "AmoreInvitation", "HealthCheckInvitation", "WorkshopParticipant", "OwnerContact", "AuditEntry"];

    [Fact]
    public async Task Export_holds_the_person_from_every_place_and_erasure_leaves_no_trace_in_any_table()
    {
        var (name, email) = Person();
        await PlaceEverywhereAsync(name, email);
        using var client = await BeheerderAsync();
        var url = app.Demo.Url($"/privacy?search.email={Uri.EscapeDataString(email)}&search.name={Uri.EscapeDataString(name)}");

        var found = await client.OpenAsync(url);
        var tables = found.Document.QuerySelectorAll("#privacy-places tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToHashSet();
        foreach (var place in Places)
        {
            Assert.Contains(place, tables);
        }

        var json = await client.GetAsync(found.Document.QuerySelector("#export-json")!.GetAttribute("href")!.Replace("&amp;", "&", StringComparison.Ordinal) is var href && href.StartsWith('?') ? app.Demo.Url("/privacy") + href : href);
        Assert.Equal("application/json", json.ContentType);
        using var document = JsonDocument.Parse(json.Bytes);
        var exported = document.RootElement.GetProperty("places").EnumerateArray().ToList();
        foreach (var place in Places)
        {
            Assert.Contains(exported, p => p.GetProperty("table").GetString() == place
                && p.GetProperty("values").EnumerateObject().Any(v => v.Value.GetString()!.Contains(email, StringComparison.OrdinalIgnoreCase) || v.Value.GetString()!.Contains(name, StringComparison.Ordinal)));
        }
        var html = await client.GetAsync(app.Demo.Url("/privacy") + found.Document.QuerySelector("#export-html")!.GetAttribute("href"));
        Assert.Equal("text/html", html.ContentType);
        Assert.Contains(name, System.Text.Encoding.UTF8.GetString(html.Bytes), StringComparison.Ordinal);

        var unconfirmed = await client.SubmitAsync(found, "#privacy-erase", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unconfirmed.Status);
        Assert.NotEqual(0, await TracesAsync(name, email));

        var erased = await client.SubmitAsync(found, "#privacy-erase", new Dictionary<string, string?> { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, erased.Status);
        Assert.Equal(0, await TracesAsync(name, email));
        Assert.True(await app.WithDbAsync(async (db, _) => await db.AuditEntries.AnyAsync(e => e.OrganisationId == app.Demo.Id && e.IsErased && e.NewValue!.Contains("gewist-"))));
        Assert.Empty((await client.OpenAsync(url)).Document.QuerySelectorAll("#privacy-places tbody tr"));
    }

    [Fact]
    public async Task Erasing_matches_whole_words_only_and_stays_within_the_organisation()
    {
        var (name, email) = Person();
        var other = await app.NewOrganisationAsync();
        var (elders, buur, hier) = (Scenario.Unique("Elders"), Scenario.Unique("Buur"), Scenario.Unique("Hier"));
        await app.WithDbAsync(async db =>
        {
            db.Stakeholders.Add(new Stakeholder(other.Id, new StakeholderDetails { Name = elders, ContactPerson = name, ContactEmail = email }, DateTime.UtcNow));
            db.Stakeholders.Add(new Stakeholder(app.Demo.Id, new StakeholderDetails { Name = buur, ContactPerson = name + "son" }, DateTime.UtcNow));
            db.Stakeholders.Add(new Stakeholder(app.Demo.Id, new StakeholderDetails { Name = hier, ContactPerson = name, ContactEmail = email }, DateTime.UtcNow));
            await db.SaveChangesAsync();
        });
        using var client = await BeheerderAsync();
        var found = await client.OpenAsync(app.Demo.Url($"/privacy?search.email={Uri.EscapeDataString(email)}&search.name={Uri.EscapeDataString(name)}"));

        await client.SubmitAsync(found, "#privacy-erase", new Dictionary<string, string?> { ["Confirm"] = "true" });

        var contacts = await app.WithDbAsync(async (db, _) => await db.Stakeholders.Where(s => s.Name == elders || s.Name == buur || s.Name == hier).Select(s => new { s.OrganisationId, s.Name, s.ContactPerson }).ToListAsync());
        Assert.Equal(name, contacts.Single(c => c.OrganisationId == other.Id).ContactPerson);
        Assert.Equal(name + "son", contacts.Single(c => c.Name == buur && c.OrganisationId == app.Demo.Id).ContactPerson);
        Assert.StartsWith("gewist-", contacts.Single(c => c.Name == hier && c.OrganisationId == app.Demo.Id).ContactPerson);
    }

    [Fact]
    public async Task Only_a_beheerder_opens_the_page()
    {
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, user, OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(app.Demo.Url("/privacy"))).Status);
    }

    [Fact]
    public async Task Retention_removes_only_names_of_participants_who_joined_longer_ago_than_the_setting()
    {
        var ids = await app.WithDbAsync(async (db, _) => await db.WorkshopParticipants.Where(p => p.OrganisationId == app.Demo.Id).OrderBy(p => p.Id).Select(p => p.Id).Take(2).ToListAsync());
        Assert.Equal(2, ids.Count);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            await db.WorkshopParticipants.Where(p => p.OrganisationId == app.Demo.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.JoinedAt, now.AddDays(-1)));
            await db.WorkshopParticipants.Where(p => p.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, "Oud").SetProperty(p => p.JoinedAt, now.AddMonths(-13)));
            await db.WorkshopParticipants.Where(p => p.Id == ids[1]).ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, "Recent").SetProperty(p => p.JoinedAt, now.AddMonths(-11)));
        });

        var removed = await app.WithDbAsync(async (_, sp) => await sp.GetRequiredService<WorkshopNameRetention>().RunAsync(CancellationToken.None));
        var again = await app.WithDbAsync(async (_, sp) => await sp.GetRequiredService<WorkshopNameRetention>().RunAsync(CancellationToken.None));

        Assert.Equal(1, removed);
        Assert.Equal(0, again);
        var names = await app.WithDbAsync(async (db, _) => await db.WorkshopParticipants.Where(p => ids.Contains(p.Id)).OrderBy(p => p.Id).Select(p => p.DisplayName).ToListAsync());
        Assert.Equal([null, "Recent"], names);
    }

    private static (string Name, string Email) Person()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return ($"Annelies Qx{tag}", $"annelies.qx{tag}@example.org");
    }

    private async Task<AppClient> BeheerderAsync()
    {
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, user, OrganisationRole.Beheerder);
        return await app.LoggedInClientAsync(user);
    }

    /// <summary>Puts the person in one record of each kind of the demo organisation, and in its audit trail through a real edit.</summary>
    private Task PlaceEverywhereAsync(string name, string email) => app.WithDbAsync(async db =>
    {
        var org = app.Demo.Id;
        async Task One<T>(IQueryable<T> rows, Func<IQueryable<T>, Task<int>> update)
        {
            Assert.Equal(1, await update(rows));
        }
        var stakeholder = await db.Stakeholders.Where(s => s.OrganisationId == org).OrderBy(s => s.Id).FirstAsync();
        stakeholder.Describe(stakeholder.Details with { ContactPerson = name, ContactEmail = email });
        await db.SaveChangesAsync();
        var amore = await db.Set<AmoreInvitation>().Where(i => i.OrganisationId == org).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        await One(db.Set<AmoreInvitation>().Where(i => i.Id == amore), q => q.ExecuteUpdateAsync(s => s.SetProperty(i => i.Name, name).SetProperty(i => i.Email, email)));
        var health = await db.Set<HealthCheckInvitation>().Where(i => i.OrganisationId == org).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        await One(db.Set<HealthCheckInvitation>().Where(i => i.Id == health), q => q.ExecuteUpdateAsync(s => s.SetProperty(i => i.Name, name).SetProperty(i => i.Email, email)));
        var participant = await db.WorkshopParticipants.Where(p => p.OrganisationId == org).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        await One(db.WorkshopParticipants.Where(p => p.Id == participant), q => q.ExecuteUpdateAsync(s => s.SetProperty(p => p.DisplayName, name)));
        var owner = await db.Set<OwnerContact>().Where(o => o.OrganisationId == org).OrderBy(o => o.Id).Select(o => o.Id).FirstAsync();
        await One(db.Set<OwnerContact>().Where(o => o.Id == owner), q => q.ExecuteUpdateAsync(s => s.SetProperty(o => o.Name, name).SetProperty(o => o.Email, email).SetProperty(o => o.EmailKey, email.ToLowerInvariant())));
    });

    /// <summary>Rows of any table (not only the organisation's) whose text columns still hold the name or the address.</summary>
    private Task<int> TracesAsync(string name, string email) => app.WithDbAsync(async (db, _) =>
    {
        var total = 0;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        foreach (var entity in db.Model.GetEntityTypes().Where(t => t.GetTableName() is not null))
        {
            var table = entity.GetTableName()!;
            var store = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var column in entity.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => p.GetColumnName(store)).Where(c => c is not null).Distinct())
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE lower(\"{column}\") LIKE @a OR lower(\"{column}\") LIKE @b";
                var a = command.CreateParameter();
                a.ParameterName = "@a";
                a.Value = "%" + name.ToLowerInvariant() + "%";
                var b = command.CreateParameter();
                b.ParameterName = "@b";
                b.Value = "%" + email.ToLowerInvariant() + "%";
                command.Parameters.Add(a);
                command.Parameters.Add(b);
                total += Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return total;
    });
}
