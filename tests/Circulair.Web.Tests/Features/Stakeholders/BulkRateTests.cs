using System.Net;
using Circulair.Organisations;
using Circulair.Stakeholders;
using static Circulair.Stakeholders.StakeholderLevel;

namespace Circulair.Web.Tests.Features.Stakeholders;

/// <summary>Power and interest for many stakeholders on one page: one POST, a message per row, input kept.</summary>
public sealed class BulkRateTests(SharedApp app)
{
    private static readonly DateOnly Today = StakeholderArrange.Today;

    [Fact]
    public async Task Rates_every_changed_row_in_one_save_and_leaves_empty_and_unchanged_rows_alone()
    {
        var (org, client) = await app.SignedInAsync();
        var bakery = await app.AddStakeholderAsync(org, "Bakkerij");
        var council = await app.AddStakeholderAsync(org, "Milieuraad", StakeholderGroup.Politiek, (Today.AddDays(-30), Hoog, Middel));
        var school = await app.AddStakeholderAsync(org, "School");
        var grid = await client.OpenAsync(org.Url("/stakeholders/grid"));
        var form = await client.OpenAsync(grid.Document.QuerySelector("#rate-many")!.GetAttribute("href")!);
        Assert.Equal(["Bakkerij", "Milieuraad", "School"], form.Document.QuerySelectorAll("#rate-form tbody th").Select(th => th.TextContent.Trim()));
        Assert.Equal("Hoog", form.ValueOf("Rows_1__Power"));

        var saved = await client.SubmitAsync(form, "#rate-form", new Dictionary<string, string?> { ["Rows[0].Power"] = "Hoog", ["Rows[0].Interest"] = "Hoog" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var all = (await app.StakeholdersAsync(org)).ToDictionary(s => s.Id);
        Assert.Equal((Hoog, Hoog), (all[bakery].Power!.Value, all[bakery].Interest!.Value));
        Assert.Single(all[council].Assessments);
        Assert.Empty(all[school].Assessments);
    }

    [Fact]
    public async Task A_half_filled_row_gets_its_own_message_keeps_everything_typed_and_saves_nothing()
    {
        var (org, client) = await app.SignedInAsync();
        await app.AddStakeholderAsync(org, "Bakkerij");
        await app.AddStakeholderAsync(org, "School");
        var form = await client.OpenAsync(org.Url("/stakeholders/rate"));

        var refused = await client.SubmitAsync(form, "#rate-form", new Dictionary<string, string?>
        {
            ["Rows[0].Power"] = "Laag", ["Rows[0].Interest"] = "Hoog",
            ["Rows[1].Interest"] = "Middel",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies ook de macht van School, of maak de rij leeg.", refused.FieldError("Rows_1__Power"));
        Assert.Contains("#Rows_1__Power", refused.Document.QuerySelectorAll(".cx-error-summary a").Select(a => a.GetAttribute("href")));
        Assert.Equal(("Laag", "Hoog", "Middel"), (refused.ValueOf("Rows_0__Power"), refused.ValueOf("Rows_0__Interest"), refused.ValueOf("Rows_1__Interest")));
        Assert.All(await app.StakeholdersAsync(org), s => Assert.Empty(s.Assessments));
    }

    [Fact]
    public async Task A_reader_gets_403_and_another_organisations_stakeholder_answers_404()
    {
        var (org, client) = await app.SignedInAsync();
        var (other, _) = await app.NewOrganisationWithMemberAsync();
        var foreign = await app.AddStakeholderAsync(other, "Elders");
        await app.AddStakeholderAsync(org, "Eigen");
        var form = await client.OpenAsync(org.Url("/stakeholders/rate"));

        var tampered = await client.SubmitAsync(form, "#rate-form", new Dictionary<string, string?> { ["Rows[0].StakeholderId"] = $"{foreign}", ["Rows[0].Power"] = "Hoog", ["Rows[0].Interest"] = "Hoog" });

        Assert.Equal(HttpStatusCode.NotFound, tampered.Status);
        Assert.Empty(Assert.Single(await app.StakeholdersAsync(other)).Assessments);
        var (readerOrg, reader) = await app.SignedInAsync(OrganisationRole.Lezer);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(readerOrg.Url("/stakeholders/rate"))).Status);
        reader.Dispose();
    }
}
