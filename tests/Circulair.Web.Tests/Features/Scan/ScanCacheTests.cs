using System.Net;
using Circulair.Organisations;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Features.Scan;

/// <summary>
/// The dataset analysis and the ranking are served from the page cache (decision 0171). Each write that changes what
/// they show, done through its real form, must show on the very next GET, for the writer and for another member: the
/// page is first shown to come from the cache (a second GET carries <c>Age</c>), then, after the write, to be rendered
/// anew (no <c>Age</c>) with the change, and to be stored again (the GET after that is a hit with the same bytes).
/// </summary>
public sealed class ScanCacheTests(SharedApp app)
{
    private sealed record Team(TestOrganisation Org, AppClient Writer, AppClient Reader) : IDisposable
    {
        public IEnumerable<(string Who, AppClient Client)> Members => [("writer", Writer), ("another member", Reader)];

        public void Dispose()
        {
            Writer.Dispose();
            Reader.Dispose();
        }
    }

    /// <summary>Aalst with a Coördinator (the writer) and a Lezer.</summary>
    private async Task<Team> TeamAsync()
    {
        var (org, _, writer) = await AalstAsync(app);
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(org, reader, OrganisationRole.Lezer);
        return new Team(org, writer, await app.LoggedInClientAsync(reader));
    }

    private async Task<(Team Team, int DatasetId)> TeamWithEmploymentAsync()
    {
        var team = await TeamAsync();
        var datasetId = await NewDatasetAsync(team.Writer, team.Org);
        await ConfirmAsync(team.Writer, await ImportUntilCheckedAsync(team.Writer, team.Org, datasetId, "jobs.csv", Fixture("pic-tewerkstelling.csv")));
        return (team, datasetId);
    }

    /// <summary>Both members open the page twice; the second time it must come from the cache. Returns the writer's page.</summary>
    private static async Task<Page> CachedAsync(Team team, string url)
    {
        Page? writers = null;
        foreach (var (who, client) in team.Members)
        {
            await client.OpenAsync(url);
            var again = await client.OpenAsync(url);
            Assert.True(again.Headers.ContainsKey("Age"), $"{url}: the {who}'s second GET was not served from the cache");
            writers ??= again;
        }
        return writers!;
    }

    /// <summary>Follows a write's redirect (the flash message shows once), then both members open the page as it is now.</summary>
    private static async Task<(Page Writer, Page Reader)> AfterWriteAsync(Team team, Page write, string url)
    {
        Assert.Equal(HttpStatusCode.Redirect, write.Status);
        await team.Writer.GetAsync(write.Location!);
        var pages = new List<Page>();
        foreach (var (who, client) in team.Members)
        {
            var fresh = await client.OpenAsync(url);
            Assert.False(fresh.Headers.ContainsKey("Age"), $"{url}: the {who} got the page stored before the change");
            var again = await client.OpenAsync(url);
            Assert.True(again.Headers.ContainsKey("Age"), $"{url}: the page the {who} got after the change was not stored");
            Assert.Equal(fresh.Html, again.Html);
            pages.Add(fresh);
        }
        return (pages[0], pages[1]);
    }

    private static string Sentence(Page ranking, string domain = "gebouwde-omgeving") => ranking.Text($"tr[data-domain='{domain}'] [data-sentence]");

    [Fact]
    public async Task A_first_import_and_one_that_replaces_a_year_show_at_once_on_the_cached_analysis_and_ranking()
    {
        using var team = await TeamAsync();
        var datasetId = await NewDatasetAsync(team.Writer, team.Org);
        await team.Writer.OpenAsync(team.Org.Url($"/scan/import?dataset={datasetId}")); // where creating it leads, with the flash message
        var analysis = team.Org.Url($"/scan/datasets/{datasetId}");
        var ranking = team.Org.Url("/scan/ranking");
        Assert.NotNull((await CachedAsync(team, analysis)).Document.QuerySelector("main .cx-empty"));
        Assert.Null((await CachedAsync(team, ranking)).Document.QuerySelector(".cx-evidence-list"));

        var first = await ImportUntilCheckedAsync(team.Writer, team.Org, datasetId, "jobs.csv", Fixture("pic-tewerkstelling.csv"));
        var done = await team.Writer.SubmitAsync(first, "form[action*='handler=Confirm']", new Dictionary<string, string?>());

        var (writerAnalysis, readerAnalysis) = await AfterWriteAsync(team, done, analysis);
        Assert.StartsWith("11.724", writerAnalysis.Text("[data-figure=total]"), StringComparison.Ordinal); // Aalst, 2023
        Assert.StartsWith("11.724", readerAnalysis.Text("[data-figure=total]"), StringComparison.Ordinal);
        var (writerRanking, readerRanking) = await AfterWriteAsync(team, done, ranking);
        Assert.NotNull(writerRanking.Document.QuerySelector(".cx-evidence-list"));
        var sentenceBefore = Sentence(readerRanking);
        Assert.Contains("van de jobs", sentenceBefore, StringComparison.Ordinal);

        await CachedAsync(team, analysis);
        await CachedAsync(team, ranking);
        var update = await ImportUntilCheckedAsync(team.Writer, team.Org, datasetId, "2023.csv", Fixture("pic-tewerkstelling-2023-update.csv"));
        var replaced = await team.Writer.SubmitAsync(update, "form[action*='handler=Confirm']", new Dictionary<string, string?>());

        (_, readerAnalysis) = await AfterWriteAsync(team, replaced, analysis);
        Assert.StartsWith("10.880", readerAnalysis.Text("[data-figure=total]"), StringComparison.Ordinal); // 1300 + 2050 + 3380 + 4150
        Assert.Equal(2, readerAnalysis.Document.QuerySelectorAll("main table tbody a[href*='/scan/imports/']").Length);
        (_, readerRanking) = await AfterWriteAsync(team, replaced, ranking);
        Assert.NotEqual(sentenceBefore, Sentence(readerRanking));
    }

    [Fact]
    public async Task Editing_the_dataset_and_deleting_it_show_at_once_on_the_cached_analysis_and_ranking()
    {
        var (team, datasetId) = await TeamWithEmploymentAsync();
        using var lifetime = team;
        var analysis = team.Org.Url($"/scan/datasets/{datasetId}");
        var ranking = team.Org.Url("/scan/ranking");
        await CachedAsync(team, analysis);
        await CachedAsync(team, ranking);

        var name = Scenario.Unique("Jobs per sector");
        var edit = await team.Writer.OpenAsync(team.Org.Url($"/scan/datasets/{datasetId}/edit"));
        var saved = await team.Writer.SubmitAsync(edit, "#dataset-form", new Dictionary<string, string?> { ["Dataset.Name"] = name, ["Dataset.SourceName"] = "Eigen telling" });

        var (_, readerAnalysis) = await AfterWriteAsync(team, saved, analysis);
        Assert.Equal(name, readerAnalysis.Text("main h1"));
        Assert.Contains("Eigen telling", readerAnalysis.Text("#source-line"), StringComparison.Ordinal);
        var (_, readerRanking) = await AfterWriteAsync(team, saved, ranking);
        Assert.Contains(name, readerRanking.Text(".cx-evidence-list"), StringComparison.Ordinal);

        await CachedAsync(team, ranking);
        edit = await team.Writer.OpenAsync(team.Org.Url($"/scan/datasets/{datasetId}/edit"));
        var deleted = await team.Writer.SubmitAsync(edit, "#delete-form", new Dictionary<string, string?>());

        (_, readerRanking) = await AfterWriteAsync(team, deleted, ranking);
        Assert.Null(readerRanking.Document.QuerySelector(".cx-evidence-list"));
        Assert.Equal(HttpStatusCode.NotFound, (await team.Reader.GetAsync(analysis)).Status);
    }

    [Fact]
    public async Task Weights_mappings_the_teams_inputs_and_the_shortlist_show_at_once_on_the_cached_ranking()
    {
        var (team, _) = await TeamWithEmploymentAsync();
        using var lifetime = team;
        var ranking = team.Org.Url("/scan/ranking");

        // Weights.
        var page = await CachedAsync(team, ranking);
        var scoreBefore = page.Text("tr[data-domain='gebouwde-omgeving'] [data-score]");
        var weights = await team.Writer.SubmitAsync(page, "#weights-form", new Dictionary<string, string?>
        {
            ["Weights.Jobs"] = "1", ["Weights.Specialisation"] = "0", ["Weights.AddedValue"] = "0", ["Weights.Waste"] = "0", ["Weights.Co2"] = "0",
        });
        var (writerPage, readerPage) = await AfterWriteAsync(team, weights, ranking);
        Assert.NotEqual(scoreBefore, readerPage.Text("tr[data-domain='gebouwde-omgeving'] [data-score]"));
        Assert.Equal("1", writerPage.ValueOf("Weights_Jobs"));

        // The mapping of categories to domains.
        page = await CachedAsync(team, ranking);
        var mappings = await team.Writer.OpenAsync(team.Org.Url("/scan/mappings?scheme=NaceBel2008"));
        var mapped = await team.Writer.SubmitAsync(mappings, "#mapping-form", new Dictionary<string, string?> { ["m-41"] = null, ["m-43"] = null });
        (_, readerPage) = await AfterWriteAsync(team, mapped, ranking);
        Assert.NotEqual(Sentence(page), Sentence(readerPage));
        Assert.Contains("geen van de categorieën", Sentence(readerPage), StringComparison.Ordinal);

        // Starting the team's inputs for a domain, then filling them in.
        page = await CachedAsync(team, ranking);
        Assert.Null(page.Document.QuerySelector("tr[data-domain='gebouwde-omgeving'] a[href*='/scan/domains/']"));
        var started = await team.Writer.SubmitAsync(page, "tr[data-domain='gebouwde-omgeving'] form", new Dictionary<string, string?>());
        (_, readerPage) = await AfterWriteAsync(team, started, ranking);
        Assert.Equal("Inzichten toevoegen", readerPage.Text("tr[data-domain='gebouwde-omgeving'] a[href*='/scan/domains/']"));

        await CachedAsync(team, ranking);
        var domain = await team.Writer.OpenAsync(started.Location!);
        var described = await team.Writer.SubmitAsync(domain, "#assessment-form", new Dictionary<string, string?> { ["Input.SurveyFindings"] = "Aannemers zoeken opslag voor herbruikbare materialen." });
        (_, readerPage) = await AfterWriteAsync(team, described, ranking);
        Assert.Equal("Bekijken en aanvullen", readerPage.Text("tr[data-domain='gebouwde-omgeving'] a[href*='/scan/domains/']"));

        // Marking the domain as promising, then taking it off the shortlist.
        page = await CachedAsync(team, ranking);
        Assert.Null(page.Document.QuerySelector("#shortlist"));
        domain = await team.Writer.OpenAsync(started.Location!);
        var shortlist = await team.Writer.OpenAsync(domain.Document.QuerySelector("#shortlist-state a")!.GetAttribute("href")!);
        var marked = await team.Writer.SubmitAsync(shortlist, "#shortlist-form", new Dictionary<string, string?> { ["Reason"] = "Veel bouwjobs." });
        (_, readerPage) = await AfterWriteAsync(team, marked, ranking);
        Assert.Contains("Gebouwde omgeving: Veel bouwjobs.", readerPage.Text("#shortlist"), StringComparison.Ordinal);

        await CachedAsync(team, ranking);
        shortlist = await team.Writer.OpenAsync(shortlist.Url);
        var unmarked = await team.Writer.SubmitAsync(shortlist, "#unmark-form", new Dictionary<string, string?>());
        (_, readerPage) = await AfterWriteAsync(team, unmarked, ranking);
        Assert.Null(readerPage.Document.QuerySelector("#shortlist"));
    }

    [Fact]
    public async Task Adopting_a_suggestion_from_the_cached_analysis_shows_at_once_on_the_cached_ranking()
    {
        var (team, datasetId) = await TeamWithEmploymentAsync();
        using var lifetime = team;
        var ranking = team.Org.Url("/scan/ranking");
        var analysis = await CachedAsync(team, team.Org.Url($"/scan/datasets/{datasetId}"));
        await CachedAsync(team, ranking);

        var form = "form[action*='handler=Adopt']";
        var domain = analysis.Document.QuerySelector($"{form} input[name=domain]")!.GetAttribute("value");
        var row = $"tr[data-domain='{domain}'] a[href*='/scan/domains/']";
        Assert.Null((await team.Reader.OpenAsync(ranking)).Document.QuerySelector(row));
        var adopted = await team.Writer.SubmitAsync(analysis, form, new Dictionary<string, string?>());

        var (_, readerPage) = await AfterWriteAsync(team, adopted, ranking);
        Assert.Equal("Bekijken en aanvullen", readerPage.Text(row));
    }

    [Fact]
    public async Task Population_and_own_area_set_in_the_scan_settings_show_at_once_on_the_cached_analysis_and_ranking()
    {
        var (team, datasetId) = await TeamWithEmploymentAsync();
        using var lifetime = team;
        var analysis = team.Org.Url($"/scan/datasets/{datasetId}?year=2023");
        var ranking = team.Org.Url("/scan/ranking");
        var settingsUrl = team.Org.Url("/scan/settings");

        var before = await CachedAsync(team, analysis);
        Assert.DoesNotContain("12.345", before.Text("[data-figure=per-inhabitant]"), StringComparison.Ordinal);
        var settings = await team.Writer.OpenAsync(settingsUrl);
        var entered = await team.Writer.SubmitAsync(settings, "#population-form", new Dictionary<string, string?> { ["Population.Year"] = "2023", ["Population.Inhabitants"] = "12345" });
        var (_, readerPage) = await AfterWriteAsync(team, entered, analysis);
        Assert.Contains("12.345", readerPage.Text("[data-figure=per-inhabitant]"), StringComparison.Ordinal);

        await CachedAsync(team, analysis);
        settings = await team.Writer.OpenAsync(settingsUrl);
        var removed = await team.Writer.SubmitAsync(settings, "form[action*='handler=RemovePopulation']", new Dictionary<string, string?>());
        (_, readerPage) = await AfterWriteAsync(team, removed, analysis);
        Assert.DoesNotContain("12.345", readerPage.Text("[data-figure=per-inhabitant]"), StringComparison.Ordinal);

        await CachedAsync(team, analysis);
        Assert.NotNull((await CachedAsync(team, ranking)).Document.QuerySelector(".cx-evidence-list"));
        settings = await team.Writer.OpenAsync(settingsUrl);
        var moved = await team.Writer.SubmitAsync(settings, "#areas-form", new Dictionary<string, string?> { ["Areas.OwnAreas"] = "Gent" });
        (_, readerPage) = await AfterWriteAsync(team, moved, analysis);
        Assert.Null(readerPage.Document.QuerySelector("[data-figure=total]"));
        Assert.Contains("Gent", readerPage.Text("main .cx-warning"), StringComparison.Ordinal);
        (_, readerPage) = await AfterWriteAsync(team, moved, ranking);
        Assert.Null(readerPage.Document.QuerySelector(".cx-evidence-list"));
    }
}
