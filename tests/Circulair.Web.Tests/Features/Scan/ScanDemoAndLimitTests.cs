using System.Net;
using Circulair.Scan;
using Circulair.Web.Platform.Demo;
using Microsoft.EntityFrameworkCore;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>The demo organisation's scan: illustrative datasets marked as such everywhere, a worked ranking and a shortlist.</summary>
public sealed class ScanDemoTests
{
    [Fact]
    public async Task Seeds_illustrative_datasets_marked_fictief_voorbeeld_and_a_worked_ranking()
    {
        await using var app = new CirculairFactory();
        await app.InitializeAsync();
        var password = await app.WithDbAsync((_, sp) => DemoSeeder.SeedAsync(sp, CancellationToken.None));
        var client = await app.LoggedInClientAsync(new TestUser(0, DemoSeeder.DemoEmail, password, "Demo"));

        var overview = await client.OpenAsync("/o/demostad/scan");
        Assert.Equal(3, overview.Document.QuerySelectorAll("#datasets tbody tr").Length);
        Assert.Equal(3, overview.Document.QuerySelectorAll("#datasets .cx-tag--warning").Length);
        Assert.All(overview.Document.QuerySelectorAll("#datasets tbody th a"), a => Assert.Contains("fictief voorbeeld", a.TextContent, StringComparison.Ordinal));

        var datasets = await app.WithDbAsync((db, _) => db.Set<ScanDataset>().OrderBy(d => d.Kind).ToListAsync());
        foreach (var d in datasets)
        {
            var page = await client.OpenAsync($"/o/demostad/scan/datasets/{d.Id}");
            Assert.Contains("fictief voorbeeld", page.Text(".cx-warning"), StringComparison.Ordinal);
            Assert.NotEmpty(page.Document.QuerySelectorAll("#shares-table tbody tr"));
            Assert.NotNull(page.Document.QuerySelector("[data-figure=per-inhabitant]"));
            Assert.Equal(3, page.Document.QuerySelectorAll("svg[role=img]").Length);
        }

        var ranking = await client.OpenAsync("/o/demostad/scan/ranking");
        Assert.Contains("fictief voorbeeld", ranking.Text(".cx-warning"), StringComparison.Ordinal);
        Assert.Equal(2, ranking.Document.QuerySelectorAll("#shortlist li").Length);
        Assert.Contains("(LQ ", ranking.Text("tr[data-domain='gebouwde-omgeving'] [data-sentence]"), StringComparison.Ordinal);
        var imports = await app.WithDbAsync((db, _) => db.Set<ScanImport>().Select(i => i.Id).ToListAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/o/demostad/scan/imports/{imports[0]}")).Status);
        var dashboard = await client.OpenAsync("/o/demostad");
        Assert.Contains("3 datasets, 2 kansrijke domeinen", dashboard.MainText, StringComparison.Ordinal);
    }
}

/// <summary>An app with a tiny upload limit and every file checked in the background, for the size limit and the progress page.</summary>
public sealed class SmallLimitApp : CirculairFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Scan:Import:MaxFileMegabytes"] = "0.01",
        ["Scan:Import:InlineMegabytes"] = "0",
    };
}

public sealed class ScanLimitTests(SmallLimitApp app) : IClassFixture<SmallLimitApp>
{
    [Fact]
    public async Task Refuses_a_file_over_the_limit_with_a_clear_message_and_keeps_nothing()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);
        var big = System.Text.Encoding.UTF8.GetBytes("NIS;Jaar;Sector;Banen\n" + string.Concat(Enumerable.Repeat("41002;2023;41;12\n", 2000)));

        var refused = await UploadAsync(client, org, datasetId, "groot.csv", big);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("groot.csv is groter dan 0,01 MB", refused.Error("file"), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync((db, _) => db.Set<ScanImport>().CountAsync(i => i.OrganisationId == org.Id)));
    }

    [Fact]
    public async Task Checks_and_stores_in_the_background_while_the_page_shows_progress()
    {
        var (org, _, client) = await AalstAsync(app);
        var datasetId = await NewDatasetAsync(client, org);

        var page = await ImportUntilCheckedAsync(client, org, datasetId, "a.csv", Fixture("pic-tewerkstelling.csv"));
        page = await WaitWhileRunningAsync(client, page);
        Assert.NotNull(page.Document.QuerySelector("form[action*='handler=Confirm']"));

        var confirmed = await client.SubmitAsync(page, "form[action*='handler=Confirm']", new Dictionary<string, string?>());
        page = await WaitWhileRunningAsync(client, await client.OpenAsync(confirmed.Location!));
        Assert.NotNull(page.Document.QuerySelector("#changes"));
        Assert.Equal(20, await ObservationCountAsync(app, org.Id));
    }

    /// <summary>Follows the page's refresh until the import is no longer running (bounded; no timing is asserted).</summary>
    private static async Task<Page> WaitWhileRunningAsync(AppClient client, Page page)
    {
        for (var i = 0; i < 200 && page.Document.QuerySelector("progress") is not null; i++)
        {
            Assert.Equal("2", page.Headers["Refresh"]);
            Assert.NotNull(page.Document.QuerySelector($"a[href='{new Uri("http://x" + page.Url).AbsolutePath}']"));
            await Task.Delay(50);
            page = await client.OpenAsync(page.Url);
        }
        return page;
    }
}
