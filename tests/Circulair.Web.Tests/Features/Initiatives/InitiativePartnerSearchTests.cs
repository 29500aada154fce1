using System.Globalization;
using System.Net;
using Circulair.Stakeholders;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Initiatives;

/// <summary>
/// The initiative form's partners for a large register: the ticked ones and at most 50 others, a search that posts the
/// form back with everything typed and no messages, nothing saved; a partner ticked among the matches is saved.
/// </summary>
public sealed class InitiativePartnerSearchTests(SharedApp app)
{
    [Fact]
    public async Task Offers_fifty_partners_and_finds_others_by_a_search_that_keeps_the_form_and_saves_nothing()
    {
        var (org, client) = await app.SignedInAsync();
        var ids = await NumberedAsync(org, 60);
        var form = await client.OpenAsync(org.Url("/initiatives/new"));
        Assert.Equal(50, Partners(form).Count);
        Assert.Equal(50, form.Document.QuerySelectorAll("datalist#lead-stakeholders option").Length);
        Assert.DoesNotContain("Partij 51", Partners(form));

        var found = await client.SubmitAsync(form, "#initiative-form", new Dictionary<string, string[]>
        {
            ["Initiative.Description"] = ["Nog zonder naam"],
            ["Initiative.PartnerIds"] = [Id(ids[0])],
            ["Initiative.PartnerSearch"] = ["partij 6"],
            ["Initiative.FindPartners"] = ["true"],
        });

        Assert.Equal(HttpStatusCode.OK, found.Status);
        Assert.Empty(found.ErrorSummary);
        Assert.Equal("Nog zonder naam", found.ValueOf("Initiative_Description"));
        Assert.Equal(["Partij 01", "Partij 60"], Partners(found));
        Assert.NotNull(found.Document.QuerySelector($"input[name='Initiative.PartnerIds'][value='{ids[0]}'][checked]"));
        Assert.Empty(await app.InitiativesAsync(org));

        var saved = await client.SubmitAsync(found, "#initiative-form", new Dictionary<string, string[]>
        {
            ["Initiative.Name"] = ["Deelkast"],
            ["Initiative.Domain"] = ["consumentengoederen"],
            ["Initiative.TargetGroups"] = ["Burgers"],
            ["Initiative.Status"] = ["Lopend"],
            ["Initiative.PartnerIds"] = [Id(ids[0]), Id(ids[59])],
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var initiative = Assert.Single(await app.InitiativesAsync(org));
        Assert.Equal([ids[0], ids[59]], initiative.Partners.Select(p => p.StakeholderId).Order());
    }

    [Fact]
    public async Task The_edit_form_keeps_a_partner_that_is_not_among_the_first_fifty()
    {
        var (org, client) = await app.SignedInAsync();
        var ids = await NumberedAsync(org, 60);
        var id = await app.AddInitiativeAsync(org, InitiativeArrange.Details("Deelkast") with { PartnerIds = [ids[59]] });

        var form = await client.OpenAsync(org.Url($"/initiatives/{id}/edit"));

        Assert.NotNull(form.Document.QuerySelector($"input[name='Initiative.PartnerIds'][value='{ids[59]}'][checked]"));
        Assert.Equal(51, Partners(form).Count);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string> Partners(Page page) =>
        [.. page.Document.QuerySelectorAll("input[name='Initiative.PartnerIds']").Select(i => page.Document.QuerySelector($"label[for='{i.Id}']")!.TextContent.Trim())];

    private Task<List<int>> NumberedAsync(TestOrganisation org, int count) =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var list = Enumerable.Range(1, count).Select(n => new Stakeholder(org.Id, new StakeholderDetails { Name = $"Partij {n:00}" }, now)).ToList();
            db.Stakeholders.AddRange(list);
            await db.SaveChangesAsync();
            return list.Select(x => x.Id).ToList();
        });
}
