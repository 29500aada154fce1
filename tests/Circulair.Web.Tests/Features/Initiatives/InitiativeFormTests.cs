using System.Net;
using Circulair.Initiatives;
using Circulair.Organisations;
using Microsoft.EntityFrameworkCore;
using static Circulair.Initiatives.InitiativeTargetGroups;

namespace Circulair.Web.Tests.Features.Initiatives;

public sealed class InitiativeFormTests(SharedApp app)
{
    private static Dictionary<string, string[]> Valid(params (string Key, string[] Values)[] changes)
    {
        var values = new Dictionary<string, string[]>
        {
            ["Initiative.Name"] = ["Repair Café Kerkwijk"],
            ["Initiative.Description"] = ["Maandelijks herstellen met buren.\nIn het buurthuis."],
            ["Initiative.Domain"] = ["consumentengoederen/herstel"],
            ["Initiative.OwnSubdomain"] = [""],
            ["Initiative.TargetGroups"] = ["Burgers", "KwetsbareGroepen"],
            ["Initiative.OtherTargetGroup"] = [""],
            ["Initiative.Status"] = ["Lopend"],
            ["Initiative.Lead"] = [""],
            ["Initiative.WebLink"] = ["www.repaircafe.example"],
        };
        foreach (var (key, v) in changes)
        {
            values[key] = v;
        }
        return values;
    }

    [Fact]
    public async Task Adds_an_initiative_with_target_groups_a_linked_lead_and_partners_and_shows_it()
    {
        var (org, client) = await app.SignedInAsync();
        var kringwinkel = await app.AddStakeholderAsync(org, "Kringwinkel Demoland");
        var repair = await app.AddStakeholderAsync(org, "Repair Café Demostad");
        var form = await client.OpenAsync(org.Url("/initiatives/new"));
        Assert.NotNull(form.Document.QuerySelector($"#Initiative_PartnerIds[value='{kringwinkel}']"));
        Assert.NotNull(form.Document.QuerySelector("datalist#lead-stakeholders option[value='Repair Café Demostad']"));

        var done = await client.SubmitAsync(form, "#initiative-form", Valid(
            ("Initiative.Lead", ["repair café  demostad"]),
            ("Initiative.PartnerIds", [kringwinkel.ToString(System.Globalization.CultureInfo.InvariantCulture)])));

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var i = Assert.Single(await app.InitiativesAsync(org));
        Assert.Equal(org.Url($"/initiatives/{i.Id}"), done.Location);
        Assert.Equal(("consumentengoederen", "herstel", Burgers | KwetsbareGroepen, InitiativeStatus.Lopend), (i.Domain, i.SubdomainCode, i.TargetGroups, i.Status));
        Assert.Equal((repair, "https://www.repaircafe.example"), (i.LeadStakeholderId!.Value, i.WebLink));
        Assert.Equal([kringwinkel], i.Partners.Select(p => p.StakeholderId));
        var page = await client.OpenAsync(done.Location!);
        Assert.Equal("Repair Café Kerkwijk", page.Text("h1"));
        var facts = page.Text("#initiative-facts");
        Assert.Contains("Consumentengoederen en afval", facts, StringComparison.Ordinal);
        Assert.Contains("Herstel en (her)gebruik", facts, StringComparison.Ordinal);
        Assert.Contains("Kwetsbare groepen", facts, StringComparison.Ordinal);
        Assert.Equal(org.Url($"/stakeholders/{repair}"), page.Document.QuerySelector($"#initiative-facts a[href='{org.Url($"/stakeholders/{repair}")}']")!.GetAttribute("href"));
        Assert.Equal("Kringwinkel Demoland", page.Text("#partners"));
    }

    [Fact]
    public async Task A_lead_outside_the_register_is_kept_as_text_and_an_own_sub_domain_as_typed()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/initiatives/new"));

        await client.SubmitAsync(form, "#initiative-form", Valid(
            ("Initiative.Domain", ["bio-economie"]),
            ("Initiative.OwnSubdomain", ["Zadenbibliotheek"]),
            ("Initiative.Lead", ["Vzw Tuinieren"]),
            ("Initiative.TargetGroups", []),
            ("Initiative.OtherTargetGroup", ["senioren"])));

        var i = Assert.Single(await app.InitiativesAsync(org));
        Assert.Equal(((int?)null, "Vzw Tuinieren", "Zadenbibliotheek", Andere, "senioren"), (i.LeadStakeholderId, i.LeadName, i.OwnSubdomain, i.TargetGroups, i.OtherTargetGroup));
    }

    [Fact]
    public async Task Keeps_answers_and_shows_error_summary_for_every_bad_field()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/initiatives/new"));

        var refused = await client.SubmitAsync(form, "#initiative-form", Valid(
            ("Initiative.Name", ["  "]),
            ("Initiative.OwnSubdomain", ["Iets eigens"]),
            ("Initiative.TargetGroups", []),
            ("Initiative.Status", []),
            ("Initiative.WebLink", ["niet online"]),
            ("Initiative.Description", ["Getypte tekst blijft staan."])));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.StartsWith("Fout:", refused.Title, StringComparison.Ordinal);
        Assert.Equal(5, refused.ErrorSummary.Count);
        Assert.Equal("Geef het initiatief een naam.", refused.FieldError("Initiative_Name"));
        Assert.Contains("al een subdomein uit de lijst", refused.FieldError("Initiative_OwnSubdomain"), StringComparison.Ordinal);
        Assert.Equal("Kies minstens één doelgroep.", refused.FieldError("Initiative_TargetGroups"));
        Assert.Contains("lopend, gepland of afgerond", refused.FieldError("Initiative_Status"), StringComparison.Ordinal);
        Assert.Contains("volledig webadres", refused.FieldError("Initiative_WebLink"), StringComparison.Ordinal);
        // Every link of the summary lands on a field that exists.
        foreach (var href in refused.Document.QuerySelectorAll(".cx-error-summary__list a").Select(a => a.GetAttribute("href")!))
        {
            Assert.NotNull(refused.Document.GetElementById(href[1..]));
        }
        Assert.Equal("Getypte tekst blijft staan.", refused.ValueOf("Initiative_Description"));
        Assert.Equal("consumentengoederen/herstel", refused.ValueOf("Initiative_Domain"));
        Assert.Equal("niet online", refused.ValueOf("Initiative_WebLink"));
        Assert.Empty(await app.InitiativesAsync(org));
    }

    [Fact]
    public async Task Ticked_target_groups_and_partners_stay_ticked_after_a_refusal()
    {
        var (org, client) = await app.SignedInAsync();
        var partner = await app.AddStakeholderAsync(org, "Kringwinkel Demoland");
        var form = await client.OpenAsync(org.Url("/initiatives/new"));

        var refused = await client.SubmitAsync(form, "#initiative-form", Valid(
            ("Initiative.Name", [""]),
            ("Initiative.TargetGroups", ["Verenigingen", "ScholenEnJongeren"]),
            ("Initiative.PartnerIds", [partner.ToString(System.Globalization.CultureInfo.InvariantCulture)])));

        var ticked = refused.Document.QuerySelectorAll("input[name='Initiative.TargetGroups'][checked]").Select(e => e.GetAttribute("value")).ToList();
        Assert.Equal(["ScholenEnJongeren", "Verenigingen"], ticked);
        Assert.NotNull(refused.Document.QuerySelector($"input[name='Initiative.PartnerIds'][value='{partner}'][checked]"));
    }

    [Fact]
    public async Task Refuses_a_name_already_in_the_inventory_whatever_its_case_and_accents()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddInitiativeAsync(org, "Deelkast Bibliotheek");
        var form = await client.OpenAsync(org.Url("/initiatives/new"));

        var refused = await client.SubmitAsync(form, "#initiative-form", Valid(("Initiative.Name", ["deelkast  bibliothéék"])));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("‘Deelkast Bibliotheek’ staat al in de inventaris", refused.FieldError("Initiative_Name"), StringComparison.Ordinal);
        Assert.Single(await app.InitiativesAsync(org));
    }

    [Fact]
    public async Task A_domain_or_partner_that_is_not_on_offer_is_refused()
    {
        var (org, client) = await app.SignedInAsync();
        var (other, _) = await app.SignedInAsync();
        var foreignStakeholder = await app.AddStakeholderAsync(other, "Van een ander");
        var form = await client.OpenAsync(org.Url("/initiatives/new"));

        var refused = await client.SubmitAsync(form, "#initiative-form", Valid(
            ("Initiative.Domain", ["bio-economie/herstel"]),
            ("Initiative.PartnerIds", [foreignStakeholder.ToString(System.Globalization.CultureInfo.InvariantCulture)])));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies een domein uit de lijst.", refused.FieldError("Initiative_Domain"));
        Assert.Contains("staat niet (meer) in het register", refused.FieldError("Initiative_PartnerIds"), StringComparison.Ordinal);
        Assert.Empty(await app.InitiativesAsync(org));
    }

    [Fact]
    public async Task Edits_an_initiative_and_its_partners_and_records_the_change_in_its_history()
    {
        var (org, client) = await app.SignedInAsync();
        var a = await app.AddStakeholderAsync(org, "Partner A");
        var b = await app.AddStakeholderAsync(org, "Partner B");
        var id = await app.AddInitiativeAsync(org, InitiativeArrange.Details("Deelkast") with { PartnerIds = [a] });
        var form = await client.OpenAsync(org.Url($"/initiatives/{id}/edit"));
        Assert.Equal("consumentengoederen", form.ValueOf("Initiative_Domain"));
        Assert.NotNull(form.Document.QuerySelector($"input[name='Initiative.PartnerIds'][value='{a}'][checked]"));

        var done = await client.SubmitAsync(form, "#initiative-form", new Dictionary<string, string[]>
        {
            ["Initiative.Status"] = ["Afgerond"],
            ["Initiative.TargetGroups"] = ["Burgers", "Verenigingen"],
            ["Initiative.PartnerIds"] = [b.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        });

        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var i = Assert.Single(await app.InitiativesAsync(org));
        Assert.Equal((InitiativeStatus.Afgerond, Burgers | Verenigingen), (i.Status, i.TargetGroups));
        Assert.Equal([b], i.Partners.Select(p => p.StakeholderId));
        var page = await client.OpenAsync(done.Location!);
        var history = page.Text(".cx-history");
        Assert.Contains("Afgerond", history, StringComparison.Ordinal);
        Assert.Contains("Burgers, Verenigingen", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deletes_an_initiative_with_its_partner_links_but_not_the_stakeholders()
    {
        var (org, client) = await app.SignedInAsync();
        var partner = await app.AddStakeholderAsync(org, "Blijft bestaan");
        var id = await app.AddInitiativeAsync(org, InitiativeArrange.Details("Weg ermee") with { PartnerIds = [partner] });
        var confirm = await client.OpenAsync(org.Url($"/initiatives/{id}/delete"));

        var done = await client.SubmitAsync(confirm, "#delete-form", new Dictionary<string, string?>());

        Assert.Equal(org.Url("/initiatives"), done.Location);
        Assert.Empty(await app.InitiativesAsync(org));
        Assert.False(await app.WithDbAsync((db, _) => db.InitiativePartners.AnyAsync(p => p.OrganisationId == org.Id)));
        Assert.True(await app.WithDbAsync((db, _) => db.Stakeholders.AnyAsync(s => s.Id == partner)));
    }

    [Fact]
    public async Task Removing_a_stakeholder_keeps_its_name_as_the_lead_and_drops_it_as_a_partner()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Teamlid);
        var lead = await app.AddStakeholderAsync(org, "Vertrekkende vzw");
        var id = await app.AddInitiativeAsync(org, InitiativeArrange.Details("Blijft staan") with { LeadStakeholderId = lead, LeadName = "Vertrekkende vzw", PartnerIds = [lead] });
        var confirm = await client.OpenAsync(org.Url($"/stakeholders/{lead}/delete"));

        await client.SubmitAsync(confirm, new Dictionary<string, string?>());

        var i = Assert.Single(await app.InitiativesAsync(org));
        Assert.Equal(((int?)null, "Vertrekkende vzw"), (i.LeadStakeholderId, i.LeadName));
        Assert.Empty(i.Partners);
        var page = await client.OpenAsync(org.Url($"/initiatives/{id}"));
        Assert.Contains("Vertrekkende vzw", page.Text("#initiative-facts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_initiative_opened_from_a_matrix_cell_starts_with_its_domain_and_target_group()
    {
        var (org, client) = await app.SignedInAsync();

        var form = await client.OpenAsync(org.Url("/initiatives/new?domain=gebouwde-omgeving&subdomain=hergebruik-materialen&targetGroup=Verenigingen"));

        Assert.Equal("gebouwde-omgeving/hergebruik-materialen", form.ValueOf("Initiative_Domain"));
        Assert.Equal(["Verenigingen"], form.Document.QuerySelectorAll("input[name='Initiative.TargetGroups'][checked]").Select(e => e.GetAttribute("value")));
    }

    [Fact]
    public async Task A_reader_sees_the_inventory_but_gets_403_on_every_form()
    {
        var (org, client) = await app.SignedInAsync(OrganisationRole.Lezer);
        var id = await app.AddInitiativeAsync(org, "Leesbaar");

        var list = await client.OpenAsync(org.Url("/initiatives"));
        Assert.Null(list.Document.QuerySelector($"a[href='{org.Url("/initiatives/new")}']"));
        Assert.Null(list.Document.QuerySelector($"a[href='{org.Url("/initiatives/import")}']"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(org.Url($"/initiatives/{id}"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(org.Url("/initiatives/matrix"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(org.Url("/initiatives/export.xlsx"))).Status);
        foreach (var path in new[] { "/initiatives/new", $"/initiatives/{id}/edit", $"/initiatives/{id}/delete", "/initiatives/import" })
        {
            Assert.True(HttpStatusCode.Forbidden == (await client.GetAsync(org.Url(path))).Status, $"GET {path}");
            var post = await client.PostAsync(org.Url(path), [new("__RequestVerificationToken", list.AntiforgeryToken), new("Initiative.Name", "Overschreven")]);
            Assert.True(HttpStatusCode.Forbidden == post.Status, $"POST {path}: {(int)post.Status}");
        }
        Assert.Equal("Leesbaar", Assert.Single(await app.InitiativesAsync(org)).Name);
    }
}
