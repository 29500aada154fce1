using System.Net;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Tests.Features.Organisations;

public sealed class OrganisationTests(SharedApp app)
{
    [Fact]
    public async Task Settings_pick_a_municipality_by_its_pre_2025_name_and_show_its_facts()
    {
        var (organisation, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(organisation.Url("/settings"));

        Assert.Equal(organisation.Name, form.ValueOf("Organisation_Name"));
        var saved = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Organisation.Municipality"] = "Gooik" });

        Assert.True(saved.Status == HttpStatusCode.Redirect, string.Join(" / ", saved.ErrorSummary));
        var page = await client.OpenAsync(organisation.Url("/settings"));
        Assert.Equal("Pajottegem (23106)", page.ValueOf("Organisation_Municipality"));
        var facts = page.Text(".cx-facts");
        Assert.Contains("23106", facts, StringComparison.Ordinal);
        Assert.Contains("Vlaams-Brabant", facts, StringComparison.Ordinal);
        Assert.Contains("24.724", facts, StringComparison.Ordinal);
        Assert.Contains("90 kg per inwoner", facts, StringComparison.Ordinal);
        Assert.Contains("Statbel", page.Text(".cx-source"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_changes_show_in_the_history_with_who_and_what()
    {
        var (organisation, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(organisation.Url("/settings"));

        await client.SubmitAsync(form, new Dictionary<string, string?> { ["Organisation.Name"] = "Nieuwe naam" });
        var page = await client.OpenAsync(organisation.Url("/settings"));

        var history = page.Text(".cx-history");
        Assert.Contains(admin.Name, history, StringComparison.Ordinal);
        Assert.Contains(organisation.Name, history, StringComparison.Ordinal);
        Assert.Contains("Nieuwe naam", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_refuse_an_unknown_municipality_and_keep_what_was_typed()
    {
        var (organisation, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);
        var form = await client.OpenAsync(organisation.Url("/settings"));

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Organisation.Municipality"] = "Gotham", ["Organisation.Name"] = "Andere naam" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("Gotham", refused.FieldError("Organisation_Municipality"), StringComparison.Ordinal);
        Assert.Equal("Andere naam", refused.ValueOf("Organisation_Name"));
        var stored = await app.WithDbAsync(async (db, _) => await db.Organisations.SingleAsync(o => o.Id == organisation.Id));
        Assert.Equal(organisation.Name, stored.Name);
    }

    [Fact]
    public async Task A_parent_must_be_an_intercommunale_or_province_and_not_make_a_loop()
    {
        var intercommunale = await app.NewOrganisationAsync(type: OrganisationType.Intercommunale);
        var (organisation, admin) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        await app.AddMemberAsync(intercommunale, admin, OrganisationRole.Beheerder);
        using var client = await app.LoggedInClientAsync(admin);

        var attached = await client.SubmitAsync(await client.OpenAsync(organisation.Url("/settings")), new Dictionary<string, string?> { ["Organisation.ParentId"] = intercommunale.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.Redirect, attached.Status);

        // Make the city an intercommunale too, then try to put the intercommunale under it: a loop.
        await client.SubmitAsync(await client.OpenAsync(organisation.Url("/settings")), new Dictionary<string, string?> { ["Organisation.Type"] = "Intercommunale" });
        var loop = await client.SubmitAsync(await client.OpenAsync(intercommunale.Url("/settings")), new Dictionary<string, string?> { ["Organisation.ParentId"] = organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, loop.Status);
        Assert.Contains("kring", loop.FieldError("Organisation_ParentId"), StringComparison.Ordinal);
        var stored = await app.WithDbAsync(async (db, _) => await db.Organisations.SingleAsync(o => o.Id == intercommunale.Id));
        Assert.Null(stored.ParentId);
    }

    [Theory]
    [InlineData(OrganisationRole.Lezer)]
    [InlineData(OrganisationRole.Teamlid)]
    [InlineData(OrganisationRole.Coordinator)]
    public async Task Only_a_beheerder_reads_or_changes_settings(OrganisationRole role)
    {
        var (organisation, member) = await app.NewOrganisationWithMemberAsync(role);
        using var client = await app.LoggedInClientAsync(member);
        var token = (await client.OpenAsync(organisation.Url())).AntiforgeryToken;

        var read = await client.GetAsync(organisation.Url("/settings"));
        var write = await client.PostAsync(organisation.Url("/settings"), [new("__RequestVerificationToken", token), new("Organisation.Name", "Overgenomen"), new("Organisation.Type", "Gemeente")]);

        Assert.Equal(HttpStatusCode.Forbidden, read.Status);
        Assert.Equal(HttpStatusCode.Forbidden, write.Status);
        Assert.Equal("Geen toegang", read.Text("h1"));
    }

    [Fact]
    public async Task Only_a_platform_administrator_creates_organisations_and_becomes_their_beheerder()
    {
        var (_, ordinary) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var ordinaryClient = await app.LoggedInClientAsync(ordinary);
        Assert.Equal(HttpStatusCode.NotFound, (await ordinaryClient.GetAsync("/organisations/new")).Status);

        using var client = await app.LoggedInClientAsync(app.Administrator);
        var form = await client.OpenAsync("/organisations/new");
        var name = Scenario.Unique("Intercommunale Test");
        var created = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Organisation.Name"] = name, ["Organisation.Type"] = "Intercommunale" });

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var role = await app.WithDbAsync(async (db, _) => await db.Memberships.Where(m => m.UserId == app.Administrator.Id && m.Organisation.Name == name).Select(m => m.Role).SingleAsync());
        Assert.Equal(OrganisationRole.Beheerder, role);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(created.Location!)).Status);
    }

    [Fact]
    public async Task A_person_in_two_organisations_switches_and_the_start_page_follows()
    {
        var (first, facilitator) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var second = await app.NewOrganisationAsync();
        await app.AddMemberAsync(second, facilitator, OrganisationRole.Coordinator);
        using var client = await app.LoggedInClientAsync(facilitator);

        var list = await client.OpenAsync("/organisations");
        Assert.Equal(2, list.Document.QuerySelectorAll(".cx-card").Length);
        var switched = await client.SubmitAsync(list, $"form:has(input[value='{second.Slug}'])", new Dictionary<string, string?>());
        var home = await client.GetAsync("/");

        Assert.Equal(second.Url(), switched.Location);
        Assert.Equal(second.Url(), home.Location);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(first.Url())).Status);
    }
}
