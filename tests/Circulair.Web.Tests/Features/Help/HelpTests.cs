using System.Diagnostics;
using System.Net;
using Circulair.Organisations;
using Circulair.Web.Features.Help;
using Circulair.Web.Tests.Features.Strategy;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Help;

/// <summary>
/// The help of issue 21: one page per phase and tool in Dutch and English, a search over the texts, the panel on each
/// tool page with its place in the trajectory, dashboard entries that each open their own page, and the handbook.
/// </summary>
public sealed class HelpTests(SharedApp app)
{
    private AppClient EnglishClient()
    {
        var client = app.NewClient();
        client.Http.DefaultRequestHeaders.Add("Cookie", ".Circulair.Language=en"); // the language switch before log-in
        return client;
    }

    [Fact]
    public async Task Every_help_page_renders_its_own_text_in_Dutch_and_in_English_without_signing_in()
    {
        using var dutch = app.NewClient();
        using var english = EnglishClient();
        var nl = HelpCatalog.All(HelpCatalog.Dutch);
        var en = HelpCatalog.All(HelpCatalog.English);
        Assert.Equal(nl.Select(e => e.Id), en.Select(e => e.Id));
        Assert.Contains("tool-16", nl.Select(e => e.Id));

        foreach (var (client, entries, lang) in new[] { (dutch, nl, "nl-BE"), (english, en, "en") })
        {
            var index = await client.OpenAsync("/help");
            Assert.Equal(HttpStatusCode.OK, index.Status);
            Assert.Equal(lang, index.Document.DocumentElement.GetAttribute("lang"));
            foreach (var entry in entries)
            {
                Assert.NotNull(index.Document.QuerySelector($"a[href='/help/{entry.Id}']"));
                var page = await client.OpenAsync($"/help/{entry.Id}");
                Assert.Equal(HttpStatusCode.OK, page.Status);
                Assert.Equal(entry.Title, page.Text("h1"));
                Assert.Equal([entry.Purpose, entry.When, entry.Who, entry.Good, entry.Source],
                    page.Document.QuerySelectorAll(".cx-help-text dd").Select(d => d.TextContent.Trim()).Where((_, i) => i != 3));
            }
        }
        Assert.Equal("Wanneer in het traject?", (await dutch.OpenAsync("/help/tool-1")).Text(".cx-help-text dt:nth-of-type(2)"));
        Assert.Equal("When in the trajectory?", (await english.OpenAsync("/help/tool-1")).Text(".cx-help-text dt:nth-of-type(2)"));
        Assert.Equal(HttpStatusCode.NotFound, (await dutch.GetAsync("/help/tool-99")).Status);
    }

    [Fact]
    public async Task Every_help_text_is_complete_and_names_its_source_in_the_guide()
    {
        foreach (var language in new[] { HelpCatalog.Dutch, HelpCatalog.English })
        {
            var entries = HelpCatalog.All(language);
            Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
            foreach (var entry in entries)
            {
                Assert.All(entry.Texts, text => Assert.False(string.IsNullOrWhiteSpace(text), $"{language} {entry.Id} has an empty text"));
                Assert.Contains("Lokale besturen en de circulaire economie in Vlaanderen", entry.Source, StringComparison.Ordinal);
                Assert.All(entry.Activities, a => Assert.True(Enum.TryParse<Circulair.Workshops.ActivityKind>(a, out _), $"{entry.Id}: unknown activity {a}"));
                Assert.True(entry.IsPhase || HelpCatalog.Find(entry.PhaseId, language) is not null, $"{entry.Id} has no phase");
            }
            Assert.Equal(Enumerable.Range(1, 16), entries.Where(e => e.Number is not null).Select(e => e.Number!.Value).Order());
        }
    }

    [Fact]
    public async Task The_search_finds_a_tool_by_words_of_its_text_in_either_language_ignoring_accents()
    {
        using var dutch = app.NewClient();
        var found = await dutch.OpenAsync("/help?q=AMORE");
        Assert.Equal("/help/tool-4", found.Document.QuerySelector("#help-results li a")!.GetAttribute("href"));
        Assert.DoesNotContain("Fout", found.Title, StringComparison.Ordinal);

        var accents = await dutch.OpenAsync("/help?q=ideeen");
        Assert.Contains("/help/ideas", accents.Document.QuerySelectorAll("#help-results a").Select(a => a.GetAttribute("href")));

        using var english = EnglishClient();
        var en = await english.OpenAsync("/help?q=legacy+scale");
        Assert.Equal(["/help/tool-15"], en.Document.QuerySelectorAll("#help-results a").Select(a => a.GetAttribute("href")));
        Assert.Equal("1 result for ‘legacy scale’", en.Text("#results-title"));

        var nothing = await dutch.OpenAsync("/help?q=zeppelin");
        Assert.Equal("0 resultaten voor ‘zeppelin’", nothing.Text("#results-title"));
        Assert.Empty(nothing.Document.QuerySelectorAll("#help-results a"));
    }

    [Fact]
    public async Task Each_tool_page_has_a_collapsed_help_panel_and_a_link_to_its_place_in_the_trajectory()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        var goal = await app.GoalAsync(await app.DomainAsync(s));
        var action = await app.ActionAsync(s, await app.LineAsync(goal), "A01");
        using var client = await app.LoggedInClientAsync(s.User);
        var org = s.Organisation;
        (string Url, string Help, string Phase)[] pages =
        [
            (org.Url("/trajectories"), "trajectory", "Fase1"),
            (s.Url(), "trajectory", "Fase1"),
            (org.Url("/stakeholders"), "tool-1", "Fase1"),
            (org.Url("/stakeholders/grid"), "tool-2", "Fase1"),
            (s.Url("/vision"), "tool-3", "Fase1"),
            (s.Url("/vision/amore"), "tool-4", "Fase1"),
            (org.Url("/scan"), "scan", "Fase1"),
            (org.Url("/initiatives"), "tool-5", "Fase1"),
            (s.Url("/domains"), "domains", "Fase2"),
            (s.Url("/strategy"), "goals", "Fase2"),
            (s.Url("/ideas"), "ideas", "Fase2"),
            (s.Url("/matrix"), "tool-6", "Fase2"),
            (s.Url($"/actions/{action}/sheet"), "tool-7", "Fase2"),
            (s.Url("/table"), "tool-8", "Fase2"),
            (org.Url("/workshops"), "workshops", "Fase2"),
            (org.Url("/followup"), "followup", "Fase3"),
            (s.Url("/checklists"), "trajectory", "Fase1"),
        ];
        foreach (var (url, help, phase) in pages)
        {
            var page = await client.OpenAsync(url);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var panel = page.Document.QuerySelector($".cx-help[data-help='{help}'] details#help-panel");
            Assert.True(panel is not null, $"{url} has no help panel for {help}");
            Assert.False(panel!.HasAttribute("open"), $"{url}: the panel is open");
            Assert.Equal(HelpCatalog.Find(help, HelpCatalog.Dutch)!.Purpose, panel.QuerySelector(".cx-help-text dd")!.TextContent.Trim());
            Assert.Equal($"/o/{org.Slug}#phase-{phase}", page.Document.QuerySelector("#trajectory-place a")!.GetAttribute("href"));
        }
        var dashboard = await client.OpenAsync(org.Url());
        Assert.NotNull(dashboard.Document.QuerySelector("#phase-Fase2"));
    }

    [Fact]
    public async Task Every_dashboard_entry_leads_to_its_own_tool_page()
    {
        var s = await NewAsync(app, OrganisationRole.Lezer);
        var goal = await app.GoalAsync(await app.DomainAsync(s));
        var action = await app.ActionAsync(s, await app.LineAsync(goal), "A01");
        await app.StakeholderAsync(s, "Kringwinkel");
        using var client = await app.LoggedInClientAsync(s.User);

        var dashboard = await client.OpenAsync(s.Organisation.Url());

        var links = dashboard.Document.QuerySelectorAll(".cx-tool a.cx-tool__name").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(links.Count, links.Distinct().Count());
        var phase2 = dashboard.Document.QuerySelectorAll("#phase-Fase2 a.cx-tool__name").Select(a => a.GetAttribute("href")).ToList();
        foreach (var expected in new[] { s.Url("/domains"), s.Url("/strategy"), s.Url("/ideas"), s.Url("/matrix"), s.Url($"/actions/{action}/sheet"), s.Url("/table") })
        {
            Assert.Contains(expected, phase2);
        }
        foreach (var link in links)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).Status);
        }
    }

    [Fact]
    public async Task The_handbook_holds_every_help_text_as_a_printable_page_and_as_a_valid_word_file()
    {
        using var client = app.NewClient();
        var html = await client.OpenAsync("/help/handbook");
        Assert.Equal(HttpStatusCode.OK, html.Status);
        var nl = HelpCatalog.All(HelpCatalog.Dutch);
        var headed = html.Document.QuerySelectorAll(".cx-handbook__phase > h2, .cx-handbook__tool > h3").Select(h => h.Id).ToList();
        Assert.Equal(nl.Select(e => e.Id).Order(StringComparer.Ordinal), headed.Order(StringComparer.Ordinal));
        Assert.Equal(nl.Count, html.Document.QuerySelectorAll(".cx-handbook__toc a").Length);
        Assert.Null(html.Document.QuerySelector("nav.cx-orgnav"));

        var file = await client.GetAsync("/help/handbook.docx");
        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Contains("handboek-circulaire-strategie.docx", file.Headers["Content-Disposition"], StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal("Handboek circulaire strategie", document.PackageProperties.Title);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.All(nl, e => Assert.Contains(e.Title, text, StringComparison.Ordinal));
        Assert.Contains(nl.Single(e => e.Id == "tool-13").Good, text, StringComparison.Ordinal);

        using var english = EnglishClient();
        var enFile = await english.GetAsync("/help/handbook.docx");
        using var enDocument = WordprocessingDocument.Open(new MemoryStream(enFile.Bytes), false);
        Assert.Equal("Handbook for a circular strategy", enDocument.PackageProperties.Title);
        Assert.Contains("Tool 16 — Communication plan", enDocument.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_tool_offers_its_first_steps_to_members_who_may_write_and_not_to_readers()
    {
        var (org, writer) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Teamlid);
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(org, reader, OrganisationRole.Lezer);
        using var client = await app.LoggedInClientAsync(writer);
        using var readerClient = await app.LoggedInClientAsync(reader);

        var stakeholders = await client.OpenAsync(org.Url("/stakeholders"));
        Assert.Equal([org.Url("/stakeholders/longlist"), org.Url("/stakeholders/import")], stakeholders.Document.QuerySelectorAll("#empty-start a").Select(a => a.GetAttribute("href")));
        var initiatives = await client.OpenAsync(org.Url("/initiatives"));
        Assert.Equal([org.Url("/initiatives/new"), org.Url("/initiatives/import")], initiatives.Document.QuerySelectorAll("#empty-start a").Select(a => a.GetAttribute("href")));
        foreach (var link in stakeholders.Document.QuerySelectorAll("#empty-start a").Concat(initiatives.Document.QuerySelectorAll("#empty-start a")))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link.GetAttribute("href")!)).Status);
        }
        Assert.Null((await readerClient.OpenAsync(org.Url("/stakeholders"))).Document.QuerySelector("#empty-start"));
    }

    [Fact]
    public void The_help_texts_repeat_no_passage_of_the_guide_word_for_word()
    {
        var root = RepositoryRoot();
        var tool = Path.Combine(root, "..", "shared", "tools", "own-words-check");
        Assert.SkipUnless(File.Exists(tool), $"The own-words check is not installed next to the repository ({tool}).");
        var content = Path.Combine(root, "src", "Circulair.Web", "Features", "Help", "Content");
        Assert.True(Directory.GetFiles(content, "help.*.json").Length == 2, content);
        using var process = Process.Start(new ProcessStartInfo(tool, [content]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("no passage repeats the guide", output, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Circulair.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("No Circulair.slnx above the test assembly.");
    }
}
