using System.Globalization;
using System.Net;
using System.Text;
using Circulair.Scan;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// What the ranking draws on, said on the ranking: which dataset it picked, figures under own categories that count
/// for no domain, and the category translations the import learnt (listed, changed, removed).
/// </summary>
public sealed class ScanMappingPagesTests(SharedApp app)
{
    [Fact]
    public async Task The_ranking_names_the_dataset_it_picked_itself_and_says_when_the_team_chose_one()
    {
        var (org, _, client) = await AalstAsync(app);
        var name = Scenario.Unique("Jobs Aalst");
        var datasetId = await NewDatasetAsync(client, org, name: name);
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "jobs.csv", Fixture("pic-tewerkstelling.csv")));

        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));

        var picked = ranking.Document.QuerySelector(".cx-evidence-list li [data-picked]")!;
        Assert.Equal("automatic", picked.GetAttribute("data-picked"));
        Assert.Contains("de recentste dataset", picked.TextContent, StringComparison.Ordinal);
        Assert.Contains(name, ranking.Text(".cx-evidence-list"), StringComparison.Ordinal);
        var automatic = ranking.Document.QuerySelector("#Weights_EmploymentDatasetId option[value='']")!.TextContent;
        Assert.Contains(name, automatic, StringComparison.Ordinal);
        Assert.Contains("2023", automatic, StringComparison.Ordinal);

        var saved = await client.SubmitAsync(ranking, "#weights-form", new Dictionary<string, string?> { ["Weights.EmploymentDatasetId"] = datasetId.ToString(CultureInfo.InvariantCulture) });
        var chosen = await client.OpenAsync(saved.Location!);

        Assert.Equal("team", chosen.Document.QuerySelector(".cx-evidence-list li [data-picked]")!.GetAttribute("data-picked"));
        Assert.Equal("gekozen door het team", chosen.Text(".cx-evidence-list li [data-picked]"));
    }

    [Fact]
    public async Task Warns_that_own_waste_categories_count_for_no_domain_until_the_team_maps_them()
    {
        var (org, _, client) = await AalstAsync(app);
        var name = Scenario.Unique("Afval intercommunale");
        var datasetId = await NewDatasetAsync(client, org, kind: "Huishoudafval", scheme: "Free", source: "Intercommunale", name: name);
        var csv = Encoding.UTF8.GetBytes("NIS;Jaar;Fractie;Ton\n41002;2023;Zakken restafval;5000\n41002;2023;Grof vuil op afroep;1200\n");
        await ConfirmAsync(client, await ImportUntilCheckedAsync(client, org, datasetId, "afval.csv", csv, LongMapping()));

        var ranking = await client.OpenAsync(org.Url("/scan/ranking"));

        var warning = ranking.Document.QuerySelector($"[data-unmapped='{datasetId}']");
        Assert.NotNull(warning);
        Assert.Contains(name, warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("Zakken restafval", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("0 punten", warning.TextContent, StringComparison.Ordinal);
        var link = warning.QuerySelector("a")!.GetAttribute("href")!;
        Assert.EndsWith("/scan/mappings?scheme=Free", link, StringComparison.Ordinal);

        var mappings = await client.OpenAsync(link);
        Assert.Equal(["Grof vuil op afroep", "Zakken restafval"], mappings.Document.QuerySelectorAll("#mapping-form tr[data-category]").Select(r => r.GetAttribute("data-category")!));
        var saved = await client.SubmitAsync(mappings, "#mapping-form", new Dictionary<string, string?>
        {
            ["m-Zakken restafval"] = "consumentengoederen", ["m-Grof vuil op afroep"] = "consumentengoederen",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);

        var after = await client.OpenAsync(org.Url("/scan/ranking"));
        Assert.Null(after.Document.QuerySelector("[data-unmapped]"));
        Assert.Contains("van het afval", after.Text("tr[data-domain='consumentengoederen'] [data-sentence]"), StringComparison.Ordinal);
        Assert.Equal(2, await app.WithDbAsync((db, _) => db.Set<ScanDomainMapping>().CountAsync(m => m.OrganisationId == org.Id && m.Scheme == CategoryScheme.Free)));
    }

    [Fact]
    public async Task Lists_changes_and_forgets_a_category_the_import_learnt_and_keeps_it_from_other_organisations()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var report = await ImportUntilCheckedAsync(client, org, datasetId, "sectors.csv", Fixture("unknown-category.csv"), LongMapping());
        var categories = await client.OpenAsync(report.Document.QuerySelector("a[href$='/categories']")!.GetAttribute("href")!);
        Assert.NotNull(categories.Document.QuerySelector("a[href$='/scan/category-mappings']"));
        await ConfirmAsync(client, await client.OpenAsync((await client.SubmitAsync(categories, new Dictionary<string, string?> { ["Targets[0]"] = "42" })).Location!));

        var page = await client.OpenAsync(org.Url("/scan/category-mappings"));

        var row = page.Document.QuerySelector("#category-mappings tr[data-mapping]")!;
        var id = int.Parse(row.GetAttribute("data-mapping")!, CultureInfo.InvariantCulture);
        Assert.Contains("zz bouw algemeen", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("42", page.Document.QuerySelector($"#Target-{id} option[selected]")!.GetAttribute("value"));

        var changed = await client.SubmitAsync(page, $"#change-{id}", new Dictionary<string, string?> { ["target"] = "43" });
        Assert.Equal(HttpStatusCode.Redirect, changed.Status);
        Assert.Equal("43", await app.WithDbAsync((db, _) => db.ScanCategoryMappings.Where(m => m.Id == id).Select(m => m.TargetCode).SingleAsync()));

        var (strangerOrg, stranger) = await app.NewOrganisationWithMemberAsync(Circulair.Organisations.OrganisationRole.Beheerder);
        using var strangerClient = await app.LoggedInClientAsync(stranger);
        var own = await strangerClient.OpenAsync(strangerOrg.Url("/scan/category-mappings"));
        var foreign = await strangerClient.PostAsync(strangerOrg.Url($"/scan/category-mappings?handler=Remove&scanCategoryMappingId={id}"), [new("__RequestVerificationToken", own.AntiforgeryToken)]);
        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);

        var again = await client.OpenAsync(org.Url("/scan/category-mappings"));
        var removed = await client.SubmitAsync(again, $"#remove-{id}", new Dictionary<string, string?>());
        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        var empty = await client.OpenAsync(removed.Location!);
        Assert.NotNull(empty.Document.QuerySelector("#no-category-mappings"));
        Assert.False(await app.WithDbAsync((db, _) => db.ScanCategoryMappings.AnyAsync(m => m.OrganisationId == org.Id)));

        // Forgotten: the next file with that code asks again.
        var next = await ImportUntilCheckedAsync(client, org, datasetId, "again.csv", Fixture("unknown-category.csv"), LongMapping());
        Assert.NotNull(next.Document.QuerySelector("a[href$='/categories']"));
    }
}
