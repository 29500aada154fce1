using System.Net;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Microsoft.EntityFrameworkCore;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Web.Tests.Features.Stakeholders;

public sealed class RegisterTests(SharedApp app)
{
    private static Dictionary<string, string?> Valid() => new()
    {
        ["Stakeholder.Name"] = "Kringwinkel Demoland",
        ["Stakeholder.Kind"] = "Organisatie",
        ["Stakeholder.Group"] = "Kringwinkel",
        ["Stakeholder.Side"] = "Extern",
        ["Stakeholder.Power"] = "Middel",
        ["Stakeholder.Interest"] = "Hoog",
        ["Stakeholder.Engagement"] = "CoProduceren",
        ["Stakeholder.Forum"] = "Milieuraad",
        ["Stakeholder.ContactPerson"] = "Jan Voorbeeld",
        ["Stakeholder.ContactEmail"] = "jan@kringwinkel.example",
        ["Stakeholder.Notes"] = "Wil meedenken over herstel.",
        ["Stakeholder.Tags"] = "Hergebruik, herstel; hergebruik",
    };

    [Fact]
    public async Task Adds_a_stakeholder_with_a_first_rating_dated_today_and_shows_it_with_its_approach()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));

        var done = await client.SubmitAsync(form, Valid());

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Equal(org.Url($"/stakeholders/{s.Id}"), done.Location);
        Assert.Equal("hergebruik, herstel", s.Tags);
        Assert.Equal(StakeholderApproach.HoudBetrokken, s.Approach);
        Assert.Equal(StakeholderArrange.Today, Assert.Single(s.Assessments).Date);
        var page = await client.OpenAsync(done.Location!);
        Assert.Equal("Kringwinkel Demoland", page.Text("h1"));
        Assert.Contains("Houd betrokken", page.Text("aside"), StringComparison.Ordinal);
        Assert.Contains("jan@kringwinkel.example", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_answers_and_shows_error_summary_when_name_is_missing_and_email_is_wrong()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));
        var values = Valid();
        values["Stakeholder.Name"] = "  ";
        values["Stakeholder.ContactEmail"] = "jan-at-kringwinkel";
        values["Stakeholder.Interest"] = "";

        var refused = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal(3, refused.ErrorSummary.Count);
        Assert.Equal("Vul de naam van de stakeholder in.", refused.FieldError("Stakeholder_Name"));
        Assert.Contains("e-mailadres", refused.FieldError("Stakeholder_ContactEmail"), StringComparison.Ordinal);
        Assert.Contains("allebei", refused.FieldError("Stakeholder_Interest"), StringComparison.Ordinal);
        Assert.Equal("jan-at-kringwinkel", refused.ValueOf("Stakeholder_ContactEmail"));
        Assert.Equal("Kringwinkel", refused.ValueOf("Stakeholder_Group"));
        Assert.Empty(await app.StakeholdersAsync(org));
    }

    [Fact]
    public async Task Refuses_a_name_already_in_the_register_whatever_its_case_and_accents()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Dienst Aankoop", StakeholderGroup.InterneDienst);
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));
        var values = Valid();
        values["Stakeholder.Name"] = "dienst  aankóop";

        var refused = await client.SubmitAsync(form, values);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("‘Dienst Aankoop’ staat al in het register", refused.FieldError("Stakeholder_Name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edits_a_stakeholder_and_records_the_change_in_its_history()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(org, "Milieuraad", StakeholderGroup.Burgers);
        var form = await client.OpenAsync(org.Url($"/stakeholders/{id}/edit"));
        Assert.Equal("Milieuraad", form.ValueOf("Stakeholder_Name"));
        Assert.Null(form.Document.GetElementById("Stakeholder_Power"));

        var done = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Stakeholder.Name"] = "Milieuraad Demostad", ["Stakeholder.Side"] = "Extern" });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Equal("Milieuraad Demostad", s.Name);
        Assert.Equal(StakeholderSide.Extern, s.Side);
        var page = await client.OpenAsync(done.Location!);
        var history = page.Text(".cx-history");
        Assert.Contains("Milieuraad Demostad", history, StringComparison.Ordinal);
        Assert.Contains("Intern of extern", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletes_a_stakeholder_after_confirmation_and_blanks_its_contact_details_in_the_trail()
    {
        var (org, client) = await app.SignedInAsync();
        var id = await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Bakkerij", ContactEmail = "bakker@x.example" }, (StakeholderArrange.Today, Laag, Laag));
        var confirm = await client.OpenAsync(org.Url($"/stakeholders/{id}/delete"));

        var done = await client.SubmitAsync(confirm, new Dictionary<string, string?>());

        Assert.Equal(org.Url("/stakeholders"), done.Location);
        Assert.Empty(await app.StakeholdersAsync(org));
        var personal = await app.WithDbAsync((db, _) => db.AuditEntries.Where(e => e.OrganisationId == org.Id && e.IsPersonal).ToListAsync());
        Assert.NotEmpty(personal);
        Assert.All(personal, e => Assert.True(e.IsErased && e.OldValue is null && e.NewValue is null));
    }

    [Fact]
    public async Task Erasing_personal_data_clears_the_fields_and_the_values_in_the_history()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));
        var created = await client.SubmitAsync(form, Valid());
        var page = await client.OpenAsync(created.Location!);
        Assert.Contains("jan@kringwinkel.example", page.Text(".cx-history"), StringComparison.Ordinal);

        var erased = await client.SubmitAsync(page, "form[action$='handler=Erase']", new Dictionary<string, string?>());

        Assert.Equal(HttpStatusCode.Redirect, erased.Status);
        var s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Null(s.ContactPerson);
        Assert.Null(s.ContactEmail);
        var after = await client.OpenAsync(erased.Location!);
        Assert.DoesNotContain("jan@kringwinkel.example", after.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Jan Voorbeeld", after.Html, StringComparison.Ordinal);
        Assert.Contains("gewist", after.Text(".cx-history"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(after.Document.QuerySelector("form[action$='handler=Erase']"));
    }

    [Fact]
    public async Task The_form_shows_why_contact_details_are_kept()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));
        Assert.StartsWith("Waarom we dit bewaren", form.Text(".cx-personal__purpose"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Filters_by_group_side_approach_engagement_and_search_and_sorts_by_approach()
    {
        var (org, client) = await app.SignedInAsync();
        var d = StakeholderArrange.Today;
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Schepen Omgeving", Group = StakeholderGroup.Politiek, Side = StakeholderSide.Intern, Engagement = StakeholderEngagement.CoProduceren }, (d, Hoog, Hoog));
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Bouwbedrijf", Group = StakeholderGroup.Bedrijven, Side = StakeholderSide.Extern, Engagement = StakeholderEngagement.Informeren, Tags = "bouw" }, (d, Laag, Laag));
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Dienst Aankoop", Group = StakeholderGroup.InterneDienst, Side = StakeholderSide.Intern, Department = "Facility" }, (d, Hoog, Laag));
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Jeugdraad", Group = StakeholderGroup.Burgers });

        async Task<List<string>> Names(string query) =>
            [.. (await client.OpenAsync(org.Url("/stakeholders" + query))).Document.QuerySelectorAll("#register tbody th a").Select(a => a.TextContent)];

        Assert.Equal(["Bouwbedrijf", "Dienst Aankoop", "Jeugdraad", "Schepen Omgeving"], await Names(""));
        Assert.Equal(["Bouwbedrijf"], await Names("?group=Bedrijven"));
        Assert.Equal(["Dienst Aankoop", "Schepen Omgeving"], await Names("?side=Intern"));
        Assert.Equal(["Dienst Aankoop"], await Names("?approach=Observeer"));
        Assert.Equal(["Jeugdraad"], await Names("?approach=none"));
        Assert.Equal(["Schepen Omgeving"], await Names("?engagement=CoProduceren"));
        Assert.Equal(["Dienst Aankoop"], await Names("?q=facility"));
        Assert.Equal(["Bouwbedrijf"], await Names("?tag=bouw"));
        Assert.Equal(["Schepen Omgeving", "Dienst Aankoop", "Bouwbedrijf", "Jeugdraad"], await Names("?sort=approach"));
        Assert.Equal(["Schepen Omgeving", "Jeugdraad", "Dienst Aankoop", "Bouwbedrijf"], await Names("?sort=name&desc=true"));
        var filtered = await client.OpenAsync(org.Url("/stakeholders?side=Intern"));
        Assert.Contains("2 van de 4", filtered.Text(".cx-result-count"), StringComparison.Ordinal);
        Assert.Equal("Intern", filtered.ValueOf("side"));
    }

    [Fact]
    public async Task Own_groups_can_be_added_used_in_the_form_and_removed_only_when_unused()
    {
        var (org, client) = await app.SignedInAsync();
        var register = await client.OpenAsync(org.Url("/stakeholders"));

        var added = await client.SubmitAsync(register, "#add-group", new Dictionary<string, string?> { ["NewGroup.Name"] = "Scholen" });
        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var duplicate = await client.SubmitAsync(await client.OpenAsync(org.Url("/stakeholders")), "#add-group", new Dictionary<string, string?> { ["NewGroup.Name"] = "scholen" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.Status);
        var fixedName = await client.SubmitAsync(await client.OpenAsync(org.Url("/stakeholders")), "#add-group", new Dictionary<string, string?> { ["NewGroup.Name"] = "Bedrijven" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fixedName.Status);

        var groupId = await app.WithDbAsync((db, _) => db.CustomStakeholderGroups.Where(g => g.OrganisationId == org.Id).Select(g => g.Id).SingleAsync());
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));
        Assert.Contains(form.Document.QuerySelectorAll("#Stakeholder_Group option"), o => o.GetAttribute("value") == $"c{groupId}" && o.TextContent == "Scholen");
        await client.SubmitAsync(form, new Dictionary<string, string?> { ["Stakeholder.Name"] = "Basisschool De Linde", ["Stakeholder.Group"] = $"c{groupId}" });
        var s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Equal(groupId, s.CustomGroupId);
        Assert.Equal(StakeholderGroup.Andere, s.Group);

        var inUse = await client.SubmitAsync(await client.OpenAsync(org.Url("/stakeholders")), "form[action$='handler=RemoveGroup']", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, inUse.Status);
        Assert.Contains("nog gebruikt door 1 stakeholder.", Assert.Single(inUse.ErrorSummary), StringComparison.Ordinal);
        var list = await client.OpenAsync(org.Url($"/stakeholders?group=c{groupId}"));
        Assert.Equal("Basisschool De Linde", list.Text("#register tbody th a"));
    }

    [Fact]
    public async Task Refuses_a_group_of_another_organisation_in_the_form()
    {
        var (org, client) = await app.SignedInAsync();
        var other = await app.NewOrganisationAsync();
        var foreignGroup = await app.AddGroupAsync(other, "Vreemd");
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));

        var refused = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Stakeholder.Name"] = "X", ["Stakeholder.Group"] = $"c{foreignGroup}" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een groep uit de lijst.", refused.FieldError("Stakeholder_Group"));
        Assert.Empty(await app.StakeholdersAsync(org));
    }

    [Fact]
    public async Task Pages_through_a_long_register()
    {
        var (org, client) = await app.SignedInAsync();
        await app.WithDbAsync(async db =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            db.Stakeholders.AddRange(Enumerable.Range(1, 130).Select(i => new Stakeholder(org.Id, new StakeholderDetails { Name = $"S{i:000}" }, now)));
            await db.SaveChangesAsync();
        });

        var first = await client.OpenAsync(org.Url("/stakeholders"));
        var second = await client.OpenAsync(first.Document.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(100, first.Document.QuerySelectorAll("#register tbody tr").Length);
        Assert.Equal(30, second.Document.QuerySelectorAll("#register tbody tr").Length);
        Assert.Equal("S101", second.Text("#register tbody th a"));
    }

    [Fact]
    public async Task A_reader_sees_the_register_but_cannot_change_it()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        var id = await app.AddStakeholderAsync(org, "Milieuraad");

        var register = await client.OpenAsync(org.Url("/stakeholders"));
        Assert.Null(register.Document.QuerySelector($"a[href='{org.Url("/stakeholders/new")}']"));
        var details = await client.OpenAsync(org.Url($"/stakeholders/{id}"));
        Assert.Null(details.Document.QuerySelector("#move-form"));

        var token = details.AntiforgeryToken;
        var move = await client.PostAsync(org.Url($"/stakeholders/{id}?handler=Move"), [new("Move.Power", "Hoog"), new("Move.Interest", "Hoog"), new("__RequestVerificationToken", token)]);
        Assert.Equal(HttpStatusCode.Forbidden, move.Status);
        Assert.Empty((await app.StakeholdersAsync(org)).Single().Assessments);
    }
}
