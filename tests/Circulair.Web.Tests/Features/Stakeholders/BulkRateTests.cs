using System.Net;
using Circulair.Organisations;
using Circulair.Stakeholders;
using static Circulair.Stakeholders.StakeholderLevel;
using Page = Circulair.TestKit.Page;

namespace Circulair.Web.Tests.Features.Stakeholders;

/// <summary>Power and interest for many stakeholders on one page: one POST, a message per row, input kept; 50 rows a page.</summary>
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
        Assert.Equal(org.Url("/stakeholders/rate"), saved.Location);
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

    [Fact]
    public async Task Shows_fifty_stakeholders_a_page_with_a_pager_that_marks_the_current_page()
    {
        var (org, client) = await app.SignedInAsync();
        await AddNumberedAsync(org, 60);

        var first = await client.OpenAsync(org.Url("/stakeholders/rate"));

        Assert.Equal(Numbered(1, 50), Names(first));
        var pager = first.Document.QuerySelector("nav#rate-pages")!;
        Assert.False(string.IsNullOrWhiteSpace(pager.GetAttribute("aria-label")));
        Assert.Equal("1", pager.QuerySelector("a[aria-current=page]")!.TextContent.Replace("Pagina", "", StringComparison.Ordinal).Trim());
        Assert.Contains("1–50", first.Text("#rate-range"), StringComparison.Ordinal);

        var second = await client.OpenAsync(pager.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(Numbered(51, 60), Names(second));
        Assert.Equal("2", second.Document.QuerySelector("nav#rate-pages a[aria-current=page]")!.TextContent.Replace("Pagina", "", StringComparison.Ordinal).Trim());
        Assert.Equal("Hoog", second.ValueOf("Rows_0__Power"));
    }

    [Fact]
    public async Task Saving_on_page_two_comes_back_to_page_two_with_the_same_filter()
    {
        var (org, client) = await app.SignedInAsync();
        var ids = await AddNumberedAsync(org, 60, rated: false);
        var page = await client.OpenAsync(org.Url("/stakeholders/rate?unrated=true&p=2"));
        Assert.Equal(Numbered(51, 60), Names(page));

        var saved = await client.SubmitAsync(page, "#rate-form", new Dictionary<string, string?> { ["Rows[0].Power"] = "Laag", ["Rows[0].Interest"] = "Middel" });

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Equal(org.Url("/stakeholders/rate?unrated=true&p=2"), saved.Location);
        var rated = Assert.Single(await app.StakeholdersAsync(org), s => s.Power is not null);
        Assert.Equal((ids[50], Laag, Middel), (rated.Id, rated.Power!.Value, rated.Interest!.Value));
        var back = await client.OpenAsync(saved.Location!);
        Assert.Equal("De inschattingen zijn bewaard.", back.Text(".cx-flash"));
        Assert.Equal(Numbered(52, 60), Names(back));
    }

    [Fact]
    public async Task A_refused_save_on_page_two_keeps_the_typed_values_and_the_page()
    {
        var (org, client) = await app.SignedInAsync();
        await AddNumberedAsync(org, 60, rated: false);
        var page = await client.OpenAsync(org.Url("/stakeholders/rate?p=2"));

        var refused = await client.SubmitAsync(page, "#rate-form", new Dictionary<string, string?>
        {
            ["Rows[0].Power"] = "Hoog", ["Rows[0].Interest"] = "Laag",
            ["Rows[3].Interest"] = "Middel",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("Kies ook de macht van Partij 54, of maak de rij leeg.", refused.FieldError("Rows_3__Power"));
        Assert.Equal(("Hoog", "Laag", "Middel"), (refused.ValueOf("Rows_0__Power"), refused.ValueOf("Rows_0__Interest"), refused.ValueOf("Rows_3__Interest")));
        Assert.Equal(Numbered(51, 60), Names(refused));
        Assert.Equal(org.Url("/stakeholders/rate?p=2"), refused.Document.QuerySelector("#rate-form")!.GetAttribute("action"));
        Assert.Equal("2", refused.Document.QuerySelector("nav#rate-pages a[aria-current=page]")!.TextContent.Replace("Pagina", "", StringComparison.Ordinal).Trim());
        Assert.All(await app.StakeholdersAsync(org), s => Assert.Empty(s.Assessments));
    }

    [Fact]
    public async Task A_search_narrows_the_rows_and_stays_on_the_form_and_the_pager()
    {
        var (org, client) = await app.SignedInAsync();
        await AddNumberedAsync(org, 60);

        var found = await client.OpenAsync(org.Url("/stakeholders/rate?q=partij+5"));

        Assert.Equal(Numbered(50, 59), Names(found));
        Assert.Null(found.Document.QuerySelector("nav#rate-pages"));
        Assert.Equal(org.Url("/stakeholders/rate?q=partij%205"), found.Document.QuerySelector("#rate-form")!.GetAttribute("action"));
        Assert.Equal("partij 5", found.ValueOf("q"));
    }

    private static string[] Numbered(int from, int to) => [.. Enumerable.Range(from, to - from + 1).Select(n => $"Partij {n:00}")];

    private static string[] Names(Page page) => [.. page.Document.QuerySelectorAll("#rate-form tbody th").Select(th => th.TextContent.Trim())];

    /// <summary>Stakeholders "Partij 01" … in one save; rated ones all get Hoog/Hoog.</summary>
    private Task<List<int>> AddNumberedAsync(TestOrganisation org, int count, bool rated = true) =>
        app.WithDbAsync(async (db, _) =>
        {
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var list = Enumerable.Range(1, count).Select(n => new Stakeholder(org.Id, new StakeholderDetails { Name = $"Partij {n:00}", Group = StakeholderGroup.Andere }, now)).ToList();
            if (rated)
            {
                list.ForEach(s => s.Assess(Today.AddDays(-10), Hoog, Hoog, null, Today, now));
            }
            db.Stakeholders.AddRange(list);
            await db.SaveChangesAsync();
            return list.Select(s => s.Id).ToList();
        });
}
