using System.Net;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Circulair.Organisations;
using Circulair.Stakeholders;
using Circulair.Tokens;
using Circulair.Web.Features.Stakeholders;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Tests.Features.Api;
using static Circulair.Web.Tests.Platform.OpenXml.SheetFiles;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Stakeholders;

/// <summary>
/// A stakeholder's group is optional (issue 13, item 15): a longlist pasted without a group, the form's empty choice,
/// the workbook and the API all keep "no group" as no group instead of turning it into "Andere".
/// </summary>
public sealed class OptionalGroupTests(SharedApp app)
{
    [Fact]
    public async Task A_longlist_pasted_without_choosing_a_group_is_saved_without_group()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/longlist"));
        var select = (IHtmlSelectElement)form.Document.GetElementById("Longlist_Group")!;
        Assert.Equal(("", "— geen groep —"), (select.Options[0]!.Value, select.Options[0]!.Text.Trim()));
        Assert.Equal("", select.Value);

        var done = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Longlist.Names"] = "Jeugdhuis De Kelder\nBuurtwerk Noord" });

        Assert.Equal(org.Url("/stakeholders/grid"), done.Location);
        var all = await app.StakeholdersAsync(org);
        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Equal(((StakeholderGroup?)null, (int?)null), (s.Group, s.CustomGroupId)));
        var register = await client.OpenAsync(org.Url("/stakeholders"));
        Assert.Equal(2, register.Document.QuerySelectorAll("tbody tr").Count(r => r.TextContent.Contains("Zonder groep", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_form_offers_no_group_keeps_it_on_a_round_trip_and_can_clear_a_group()
    {
        var (org, client) = await app.SignedInAsync();
        var form = await client.OpenAsync(org.Url("/stakeholders/new"));
        var done = await client.SubmitAsync(form, new Dictionary<string, string?> { ["Stakeholder.Name"] = "Repair Café Zuid", ["Stakeholder.Group"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, done.Status);
        var s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Null(s.Group);
        var details = await client.OpenAsync(org.Url($"/stakeholders/{s.Id}"));
        Assert.Contains("Zonder groep", details.MainText, StringComparison.Ordinal);

        // Edit without touching the group: the empty choice is the one selected and stays so.
        var edit = await client.OpenAsync(org.Url($"/stakeholders/{s.Id}/edit"));
        var select = (IHtmlSelectElement)edit.Document.GetElementById("Stakeholder_Group")!;
        Assert.Equal(("", "— geen groep —"), (select.Value, select.Options[0]!.Text.Trim()));
        Assert.DoesNotContain(select.Options, o => o.Value == StakeholderLabels.NoGroupValue);
        await client.SubmitAsync(edit, new Dictionary<string, string?> { ["Stakeholder.Notes"] = "Elke eerste zaterdag." });
        s = Assert.Single(await app.StakeholdersAsync(org));
        Assert.Equal(((StakeholderGroup?)null, "Elke eerste zaterdag."), (s.Group, s.Notes));

        // A group given, then taken away again.
        await client.SubmitAsync(await client.OpenAsync(org.Url($"/stakeholders/{s.Id}/edit")), new Dictionary<string, string?> { ["Stakeholder.Group"] = "Bedrijven" });
        Assert.Equal(StakeholderGroup.Bedrijven, Assert.Single(await app.StakeholdersAsync(org)).Group);
        edit = await client.OpenAsync(org.Url($"/stakeholders/{s.Id}/edit"));
        Assert.Equal("Bedrijven", edit.ValueOf("Stakeholder_Group"));
        await client.SubmitAsync(edit, new Dictionary<string, string?> { ["Stakeholder.Group"] = "" });
        Assert.Null(Assert.Single(await app.StakeholdersAsync(org)).Group);
    }

    [Fact]
    public async Task The_register_filters_on_no_group_and_an_own_group_cannot_be_called_zonder_groep()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Zonder iets" });
        await app.AddStakeholderAsync(org, "Bouwbedrijf Noord", StakeholderGroup.Bedrijven);

        var filtered = await client.OpenAsync(org.Url("/stakeholders?group=none"));
        var rows = filtered.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains("Zonder iets", rows[0], StringComparison.Ordinal);
        var option = ((IHtmlSelectElement)filtered.Document.GetElementById("group")!).Options.Single(o => o.Value == StakeholderLabels.NoGroupValue);
        Assert.Equal("Zonder groep", option.Text.Trim());

        var register = await client.OpenAsync(org.Url("/stakeholders"));
        var refused = await client.SubmitAsync(register, "#add-group", new Dictionary<string, string?> { ["NewGroup.Name"] = "zonder  groep" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(0, await app.WithDbAsync((db, _) => Task.FromResult(db.CustomStakeholderGroups.Count(g => g.OrganisationId == org.Id))));
    }

    [Fact]
    public async Task The_workbook_writes_no_group_as_a_blank_cell_and_reads_blank_or_zonder_groep_back_as_no_group()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, new StakeholderDetails { Name = "Buurtcomité West" });
        await app.AddStakeholderAsync(org, "Milieuraad", StakeholderGroup.Politiek);

        var file = await client.GetAsync(org.Url("/stakeholders/export.xlsx"));
        var table = TableFile.Read(file.Bytes, "x.xlsx", "Stakeholders", 100);
        var groupColumn = table.Headers.ToList().IndexOf("Stakeholdergroep");
        Assert.True(string.IsNullOrEmpty(table.Rows.Single(r => r.Cells[1] == "Buurtcomité West").Cells.ElementAtOrDefault(groupColumn)));
        Assert.Equal("Politiek", table.Rows.Single(r => r.Cells[1] == "Milieuraad").Cells[groupColumn]);

        // Unchanged round trip.
        var preview = await UploadAsync(client, org, "export.xlsx", file.Bytes);
        Assert.Contains("2 ongewijzigd", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        Assert.Contains("0 bij te werken", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);

        // New rows: one blank, one "Zonder groep"; the group column may also be left out of a sheet altogether.
        var sheet = Sheet("Stakeholders", ["Naam", "Stakeholdergroep", "Macht", "Belang"],
            ["Jeugdraad", "", "laag", "hoog"], ["Seniorenraad", "Zonder groep", "laag", "middel"]);
        preview = await UploadAsync(client, org, "nieuw.xlsx", sheet);
        Assert.Contains("2 toe te voegen", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());
        var all = await app.StakeholdersAsync(org);
        Assert.Equal(["Buurtcomité West", "Jeugdraad", "Seniorenraad"], all.Where(s => s.Group is null).Select(s => s.Name).Order());

        // The exported sheet with Milieuraad's group emptied takes the group away.
        var rows = table.Rows.Select(r => Enumerable.Range(0, table.Headers.Count).Select(i => r.Cells.ElementAtOrDefault(i)).ToArray()).ToList();
        rows.Single(r => r[1] == "Milieuraad")[groupColumn] = "";
        preview = await UploadAsync(client, org, "bewerkt.xlsx", Sheet("Stakeholders", [.. table.Headers.Select(h => h!)], [.. rows]));
        Assert.Contains("1 bij te werken", preview.Text(".cx-preview__counts"), StringComparison.Ordinal);
        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());
        Assert.Null((await app.StakeholdersAsync(org)).Single(s => s.Name == "Milieuraad").Group);

        var withoutColumn = Sheet("Stakeholders", ["Naam", "Macht", "Belang"], ["Sportraad", "middel", "middel"]);
        preview = await UploadAsync(client, org, "zonder-kolom.xlsx", withoutColumn);
        await client.SubmitAsync(preview, "#confirm-form", new Dictionary<string, string?>());
        Assert.Null((await app.StakeholdersAsync(org)).Single(s => s.Name == "Sportraad").Group);
    }

    [Fact]
    public async Task The_api_creates_a_stakeholder_without_group_answers_null_and_filters_on_none()
    {
        var org = await app.NewOrganisationAsync();
        var user = await app.NewUserAsync();
        await app.AddMemberAsync(org, user, OrganisationRole.Teamlid);
        using var client = app.ApiClient(await app.IssueTokenAsync(org, user, TokenScope.Write));
        var url = $"/api/v1/organisations/{org.Slug}/stakeholders";
        await app.AddStakeholderAsync(org, "Bouwbedrijf Noord", StakeholderGroup.Bedrijven);

        var created = await client.PostAsync(url, ApiTestKit.Json(new { name = "Wijkraad Oost", power = "Laag", interest = "Hoog" }));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.BodyAsync();
        Assert.Equal(JsonValueKind.Null, body.GetProperty("group").ValueKind);
        var id = body.GetProperty("id").GetInt32();
        Assert.Null((await app.StakeholdersAsync(org)).Single(s => s.Id == id).Group);

        var none = await (await client.GetAsync(url + "?group=none")).BodyAsync();
        Assert.Equal(["Wijkraad Oost"], none.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));

        // An explicit null clears a group through PUT as well.
        var bouw = (await app.StakeholdersAsync(org)).Single(s => s.Name == "Bouwbedrijf Noord").Id;
        var get = await client.GetAsync($"{url}/{bouw}");
        var put = await client.SendAsync(HttpMethod.Put, $"{url}/{bouw}", ApiTestKit.Json("""{"name":"Bouwbedrijf Noord","group":null}"""), get.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await put.BodyAsync()).GetProperty("group").ValueKind);
    }

    [Fact]
    public async Task The_openapi_document_says_the_group_is_optional()
    {
        using var client = app.ApiClient(null);
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        foreach (var name in new[] { "StakeholderResource", "StakeholderCreate", "StakeholderUpdate" })
        {
            var schema = schemas.GetProperty(name);
            // What a client sends may leave the group out; what it gets always has the key, null when there is no group.
            if (name != "StakeholderResource")
            {
                Assert.False(schema.TryGetProperty("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == "group"), $"{name} requires group");
            }
            var group = schema.GetProperty("properties").GetProperty("group");
            var type = group.GetProperty("type");
            var nullable = type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Any(t => t.GetString() == "null")
                : group.TryGetProperty("nullable", out var n) && n.GetBoolean();
            Assert.True(nullable, $"{name}.group is not nullable: {group}");
        }
    }

    private static async Task<Page> UploadAsync(AppClient client, TestOrganisation org, string name, byte[] bytes) =>
        await Upload(client, await client.OpenAsync(org.Url("/stakeholders/import")), name, bytes);
}
