using System.Net;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Strategy;
using Circulair.Trajectory;
using Circulair.Web.Tests.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Circulair.Web.Tests.Features.Reports;

/// <summary>
/// The strategy document and the yearly progress report (issue 16 items 1, 2 and 4): the Word files opened with the
/// OpenXML SDK and validated, the printable pages read over HTTP, the chapter choice, the empty organisation, the
/// stakeholder summary without private persons, tenant isolation and the reader's right to read. The demo
/// organisation holds a full strategy; the fixture's own organisation holds nothing.
/// </summary>
public sealed class ReportsTests(IsolationApp app) : IClassFixture<IsolationApp>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static readonly string[] AllChapters =
        ["Visie", "Stakeholderaanpak", "Opportuniteitenscan", "Behouden actiedomeinen", "Doelen en actielijnen", "Actiefiches",
         "Prioriteiten (impact en inspanning)", "Indicatoren en streefwaarden", "Regie en platformwerking", "Budget", "Pilootprojecten"];

    private async Task<AppClient> DemoReaderAsync()
    {
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(app.Demo, reader, OrganisationRole.Lezer);
        return await app.LoggedInClientAsync(reader);
    }

    private static WordprocessingDocument Open(Page file, out List<string> errors)
    {
        var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        errors = [.. new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}")];
        return document;
    }

    private static List<string> Headings(WordprocessingDocument document, string style) =>
        [.. document.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == style)
            .Select(p => p.InnerText)];

    [Fact]
    public async Task The_strategy_document_opens_clean_with_a_title_page_contents_field_every_chapter_and_charts_as_images_with_tables()
    {
        using var client = await DemoReaderAsync();

        var file = await client.GetAsync(app.Demo.Url("/reports/strategy/docx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Docx, file.ContentType);
        Assert.Contains(".docx", file.Headers["Content-Disposition"], StringComparison.Ordinal);
        using var document = Open(file, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var main = document.MainDocumentPart!;
        Assert.StartsWith("Strategie: ", document.PackageProperties.Title, StringComparison.Ordinal);
        // The contents are a TOC field that Word updates on opening.
        Assert.True(main.DocumentSettingsPart!.Settings.Elements<W.UpdateFieldsOnOpen>().Single().Val!.Value);
        Assert.Contains(main.Document.Body!.Descendants<W.FieldCode>(), f => f.Text.Contains("TOC", StringComparison.Ordinal));
        // The title page ends with a page break before the contents.
        Assert.True(main.Document.Body.Descendants<W.Break>().Count(b => b.Type?.Value == W.BreakValues.Page) >= 2);
        Assert.Equal(["Stand van dit document", .. AllChapters], Headings(document, "Heading1"));

        // Every chart is a PNG, followed by its data table.
        var images = main.ImageParts.ToList();
        Assert.True(images.Count >= 4, $"{images.Count} images");
        foreach (var image in images)
        {
            using var stream = image.GetStream();
            var head = new byte[8];
            stream.ReadExactly(head);
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, head);
        }
        foreach (var drawing in main.Document.Body.Descendants<W.Drawing>())
        {
            var paragraph = drawing.Ancestors<W.Paragraph>().First();
            Assert.IsType<W.Paragraph>(paragraph.NextSibling());
            Assert.IsType<W.Table>(paragraph.NextSibling()!.NextSibling());
        }
        var text = main.Document.Body.InnerText;
        Assert.Contains("Stakeholders per aanpak", text, StringComparison.Ordinal);
        Assert.Contains("Score per actiedomein", text, StringComparison.Ordinal);
        // Every action with its Tool 7 sheet.
        var actions = await app.WithDbAsync((db, _) => db.PlannedActions.Where(a => a.OrganisationId == app.Demo.Id).Select(a => a.Number + " " + a.Title).ToListAsync());
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Contains(a, Headings(document, "Heading2")));
        Assert.Contains("Randvoorwaarden", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_chapters_ticked_go_in_and_nothing_ticked_gives_the_title_page_and_contents()
    {
        using var client = await DemoReaderAsync();

        var some = await client.GetAsync(app.Demo.Url("/reports/strategy/docx?chosen=true&chapters=Vision&chapters=Budget&chapters=Nonsense"));
        using var document = Open(some, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(["Stand van dit document", "Visie", "Budget"], Headings(document, "Heading1"));
        Assert.DoesNotContain(Headings(document, "Heading2"), h => h.StartsWith("A0", StringComparison.Ordinal));

        var page = await client.OpenAsync(app.Demo.Url("/reports/strategy?chosen=true&chapters=Goals"));
        Assert.Equal(["Stand van dit document", "Doelen en actielijnen"], page.Document.QuerySelectorAll("h2.cx-report__h1").Select(h => h.TextContent));

        var none = await client.OpenAsync(app.Demo.Url("/reports/strategy?chosen=true"));
        Assert.Equal(["Stand van dit document"], none.Document.QuerySelectorAll("h2.cx-report__h1").Select(h => h.TextContent));
        Assert.Contains("Er is geen hoofdstuk gekozen.", none.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_organisation_without_a_strategy_gets_a_document_that_says_which_parts_are_empty()
    {
        using var client = await app.LoggedInClientAsync(app.Outsider);

        var file = await client.GetAsync(app.Own.Url("/reports/strategy/docx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        using var document = Open(file, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Deze organisatie heeft nog geen strategietraject.", text, StringComparison.Ordinal);
        Assert.Contains("Deze delen zijn nog leeg:", text, StringComparison.Ordinal);
        var listed = document.MainDocumentPart.Document.Body.Elements<W.Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListParagraph").Select(p => p.InnerText).ToList();
        Assert.Equal(AllChapters, listed);
        Assert.Contains("Er is nog geen visie: het invulcanvas (Tool 3) is leeg.", text, StringComparison.Ordinal);
        Assert.Contains("Er zijn nog geen acties.", text, StringComparison.Ordinal);
        Assert.Empty(document.MainDocumentPart.ImageParts);

        var progress = await client.GetAsync(app.Own.Url("/reports/progress/docx"));
        Assert.Equal(HttpStatusCode.OK, progress.Status);
        using var progressDocument = Open(progress, out var progressErrors);
        Assert.True(progressErrors.Count == 0, string.Join("\n", progressErrors));
        Assert.Contains("Er zijn nog geen acties om over te rapporteren.", progressDocument.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);

        var page = await client.OpenAsync(app.Own.Url("/reports/progress"));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("De strategie is nog niet goedgekeurd", page.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stakeholder_summary_counts_per_approach_and_group_and_names_no_private_person()
    {
        var name = Scenario.Unique("Jana Privé");
        var contact = Scenario.Unique("Contact Persoon");
        var email = Scenario.Unique("jana") + "@prive.example";
        await app.WithDbAsync(async (db, _) =>
        {
            var person = new Stakeholder(app.Demo.Id, new StakeholderDetails
            {
                Name = name, Kind = StakeholderKind.Persoon, Group = StakeholderGroup.Burgers, ContactPerson = contact, ContactEmail = email,
            }, DateTime.UtcNow);
            db.Stakeholders.Add(person);
            await db.SaveChangesAsync();
            return 0;
        });
        var (total, citizens) = await app.WithDbAsync(async (db, _) => (
            await db.Stakeholders.CountAsync(s => s.OrganisationId == app.Demo.Id),
            await db.Stakeholders.CountAsync(s => s.OrganisationId == app.Demo.Id && s.Group == StakeholderGroup.Burgers)));
        var privateData = await app.WithDbAsync((db, _) => db.Stakeholders.Where(s => s.OrganisationId == app.Demo.Id && s.Kind == StakeholderKind.Persoon)
            .Select(s => new[] { s.ContactPerson, s.ContactEmail }).ToListAsync());
        using var client = await DemoReaderAsync();

        var page = await client.OpenAsync(app.Demo.Url("/reports/strategy?chosen=true&chapters=Stakeholders"));
        var file = await client.GetAsync(app.Demo.Url("/reports/strategy/docx"));

        Assert.Contains($"Het register telt {total} stakeholders.", page.MainText, StringComparison.Ordinal);
        var groups = page.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent == "Stakeholders per groep");
        var burgers = groups.QuerySelectorAll("tbody tr").Single(r => r.Children[0].TextContent == "Burgers en burgerplatformen" || r.Children[0].TextContent.StartsWith("Burgers", StringComparison.Ordinal));
        Assert.Equal(citizens.ToString(System.Globalization.CultureInfo.InvariantCulture), burgers.Children[1].TextContent);
        Assert.NotNull(page.Document.QuerySelector("figure.cx-chart svg"));
        using var document = Open(file, out _);
        var everything = page.Html + document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var secret in privateData.SelectMany(x => x).OfType<string>().Append(name))
        {
            Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_progress_report_shows_goals_actions_updates_indicators_budget_and_changes_since_adoption()
    {
        using var client = await DemoReaderAsync();

        var file = await client.GetAsync(app.Demo.Url("/reports/progress/docx?year=2026"));
        var page = await client.OpenAsync(app.Demo.Url("/reports/progress?year=2026"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        using var document = Open(file, out var errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(["Stand van dit document", "Doelen en acties", "Indicatoren en streefwaarden", "Budget", "Wijzigingen sinds de goedgekeurde versie"],
            Headings(document, "Heading1"));
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Voortgang van de hele strategie:", text, StringComparison.Ordinal);
        // This year's updates are in (the demo's A03 update of 40 days ago), last year's are not.
        Assert.Contains("Maandelijks verkoopmoment loopt", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Locatie op het stedelijk depot vastgelegd", text, StringComparison.Ordinal);
        Assert.Contains("Vergeleken met goedgekeurde versie 1", text, StringComparison.Ordinal);
        Assert.NotEmpty(document.MainDocumentPart.ImageParts);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var changes = page.Document.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent == "Acties die veranderden");
        Assert.Contains(changes.QuerySelectorAll("tbody tr"), r => r.Children[0].TextContent == "A01" && r.Children[2].TextContent == "Gewijzigd");
        Assert.Equal("Voortgangsrapport 2026: " + await DemoTrajectoryTitleAsync(), page.Text("h1"));

        var lastYear = await client.OpenAsync(app.Demo.Url("/reports/progress?year=2025"));
        Assert.Contains("Locatie op het stedelijk depot vastgelegd", lastYear.MainText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_printable_pages_need_no_script_and_link_their_contents_to_the_headings()
    {
        using var client = await DemoReaderAsync();

        foreach (var path in new[] { "/reports/strategy", "/reports/progress" })
        {
            var page = await client.OpenAsync(app.Demo.Url(path));
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.Empty(page.Document.QuerySelectorAll("script"));
            Assert.Null(page.Document.QuerySelector("nav.cx-orgnav"));
            var links = page.Document.QuerySelectorAll("nav.cx-report__contents a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(links);
            Assert.All(links, href => Assert.NotNull(page.Document.GetElementById(href.TrimStart('#'))));
            // Every chart has its data table.
            Assert.All(page.Document.QuerySelectorAll("figure.cx-chart"), f => Assert.NotNull(f.QuerySelector("table")));
            Assert.NotEmpty(page.Document.QuerySelectorAll("figure.cx-chart"));
            Assert.NotNull(page.Document.QuerySelector(".cx-print__back a[href*='/docx']"));
        }
        var css = await client.Http.GetStringAsync("/css/circulair.css");
        Assert.Contains(".cx-report__break { border: 0; margin: 0; break-after: page;", css, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reports_page_offers_both_reports_as_plain_get_forms_with_a_checkbox_per_chapter()
    {
        using var client = await DemoReaderAsync();

        var page = await client.OpenAsync(app.Demo.Url("/reports"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Document.QuerySelector("#strategy-report")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(AllChapters.Length, form.QuerySelectorAll("input[type=checkbox][name=chapters]").Length);
        Assert.Equal(app.Demo.Url("/reports/strategy/docx"), form.QuerySelector("button[formaction]")!.GetAttribute("formaction"));
        Assert.Equal(app.Demo.Url("/reports/progress/docx"), page.Document.QuerySelector("#progress-report button[formaction]")!.GetAttribute("formaction"));
        Assert.NotNull(page.Document.QuerySelector($"nav a[href='{app.Demo.Url("/reports")}'][aria-current=page]"));
    }

    [Fact]
    public async Task Reports_of_another_organisation_and_its_trajectories_answer_404()
    {
        using var outsider = await app.LoggedInClientAsync(app.Outsider);
        var demoTrajectory = await app.WithDbAsync((db, _) => db.Trajectories.Where(t => t.OrganisationId == app.Demo.Id).Select(t => t.Id).FirstAsync());

        foreach (var path in new[] { "/reports", "/reports/strategy", "/reports/strategy/docx", "/reports/progress", "/reports/progress/docx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(app.Demo.Url(path))).Status);
        }
        foreach (var path in new[] { "/reports/strategy", "/reports/strategy/docx", "/reports/progress", "/reports/progress/docx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(app.Own.Url($"{path}?trajectory={demoTrajectory}"))).Status);
        }
    }

    private Task<string> DemoTrajectoryTitleAsync() =>
        app.WithDbAsync(async (db, _) =>
        {
            var id = await Circulair.Web.Features.Dashboard.CurrentTrajectory.IdAsync(db, app.Demo.Id, CancellationToken.None);
            return await db.Trajectories.Where(t => t.Id == id).Select(t => t.Title).SingleAsync();
        });
}
