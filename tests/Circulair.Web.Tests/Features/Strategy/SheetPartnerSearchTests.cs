using System.Net;
using Circulair.Stakeholders;
using Circulair.Strategy;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Strategy;

/// <summary>
/// The action sheet's partner list for a large register: the chosen partners and at most 50 others, a search that posts
/// the form back with everything typed and saves nothing, and a partner picked from the matches saved.
/// </summary>
public sealed class SheetPartnerSearchTests(SharedApp app)
{
    [Fact]
    public async Task Offers_the_chosen_partners_and_fifty_others_and_finds_the_rest_by_a_search_that_saves_nothing()
    {
        var s = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01", "Materialenbank");
        var ids = await NumberedAsync(s, 60);
        var zeep = await app.StakeholderAsync(s, "Zeepziederij");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));
        await client.SubmitAsync(form, "#sheet-form", Form(("Input.Partners[0].StakeholderId", $"{zeep}"), ("Input.Partners[0].Role", "Levert zeep")));

        form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));
        var offered = Options(form, "Input_Partners_1__StakeholderId");
        Assert.Equal(1 + 50 + 1, offered.Count);
        Assert.Contains("Zeepziederij", offered);
        Assert.Contains("Partij 50", offered);
        Assert.DoesNotContain("Partij 51", offered);
        Assert.Equal($"{zeep}", form.ValueOf("Input_Partners_0__StakeholderId"));
        Assert.NotNull(form.Document.QuerySelector("#PartnerSearch-result"));

        var found = await client.SubmitAsync(form, "#sheet-form", Form(("Input.Description", "Blijft staan"), ("PartnerSearch", "partij 6")), "button[name=FindPartners]");

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Equal("Blijft staan", found.ValueOf("Input_Description"));
        Assert.Equal("partij 6", found.ValueOf("PartnerSearch"));
        Assert.Equal(["Maak een keuze", "Partij 60", "Zeepziederij"], Options(found, "Input_Partners_1__StakeholderId"));
        Assert.Equal($"{zeep}", found.ValueOf("Input_Partners_0__StakeholderId"));
        Assert.Null((await app.LoadActionAsync(action)).Description);

        var saved = await client.SubmitAsync(found, "#sheet-form", Form(("Input.Partners[1].StakeholderId", $"{ids[59]}"), ("Input.Partners[1].Role", "Verdeelt")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var sheet = (await app.LoadActionAsync(action)).Sheet;
        Assert.Equal([new PartnerEntry(zeep, "Levert zeep"), new PartnerEntry(ids[59], "Verdeelt")], sheet.Partners);
        Assert.Equal("Blijft staan", sheet.Description);
    }

    [Fact]
    public async Task A_partner_of_another_organisation_is_refused_with_the_sheet_kept()
    {
        var s = await NewAsync(app);
        var other = await NewAsync(app);
        var action = await app.ActionAsync(s, null, "A01");
        var foreign = await app.StakeholderAsync(other, "Elders");
        using var client = await app.LoggedInClientAsync(s.User);
        var form = await client.OpenAsync(s.Url($"/actions/{action}/sheet"));

        var refused = await client.SubmitAsync(form, "#sheet-form", Form(("Input.Description", "Blijft staan"), ("Input.Partners[0].StakeholderId", $"{foreign}"), ("Input.Partners[0].Role", "Ergens")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.NotNull(refused.FieldError("Input_Partners_0__StakeholderId"));
        Assert.Equal("Blijft staan", refused.ValueOf("Input_Description"));
        Assert.DoesNotContain("Elders", Options(refused, "Input_Partners_0__StakeholderId"));
        Assert.Empty((await app.LoadActionAsync(action)).Sheet.Partners);
    }

    private static List<string> Options(Page page, string selectId) =>
        [.. page.Document.QuerySelectorAll($"#{selectId} option").Select(o => o.TextContent.Trim())];

    private Task<List<int>> NumberedAsync(StrategySetup s, int count) =>
        app.WithDbAsync(async (db, _) =>
        {
            var list = Enumerable.Range(1, count).Select(n => new Stakeholder(s.Organisation.Id, new StakeholderDetails { Name = $"Partij {n:00}", Group = StakeholderGroup.Bedrijven }, Now(app))).ToList();
            db.Stakeholders.AddRange(list);
            await db.SaveChangesAsync();
            return list.Select(x => x.Id).ToList();
        });
}
