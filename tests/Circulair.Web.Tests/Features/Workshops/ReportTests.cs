using System.Net;
using Circulair.Organisations;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.EntityFrameworkCore;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Circulair.Web.Tests.Features.Workshops;

/// <summary>The workshop report: the page with every activity's results, times and counts, and its .docx and .xlsx, opened with the OpenXML SDK.</summary>
public sealed class ReportTests(SharedApp app)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A held workshop: a dot vote by two phones, brainwriting with an idea that builds on another, a scale poll, and a poll that never ran.</summary>
    private async Task<(WorkshopArrange.Setup S, int Vote, int Ideas, int Scale, int Unused, int[] Items)> HeldWorkshopAsync()
    {
        var s = await WorkshopArrange.NewAsync(app);
        var vote = await s.AddActivityAsync("Stippenstemming", "Wat eerst?", new()
        {
            ["Input.Dots"] = "5",
            ["Input.MaxPerItem"] = "3",
            ["Input.Items"] = "Herstelpunt in elke wijk\nCirculair aankopen\n<script>alert(1)</script> deelfietsen",
        });
        var ideas = await s.AddActivityAsync("Brainwriting", "Meer herstellen", new() { ["Input.IdeasPerRound"] = "2" });
        var scale = await s.AddActivityAsync("Peiling", "Hoe tevreden ben je?", new() { ["Input.PollType"] = "Schaal" });
        var unused = await s.AddActivityAsync("Peiling", "Nog een vraag", new() { ["Input.PollType"] = "OpenTekst" });
        var items = await WorkshopArrange.ItemIdsAsync(app, vote);
        using var anna = await WorkshopArrange.JoinAsync(app, s.Code, "Anna");
        using var bert = await WorkshopArrange.JoinAsync(app, s.Code);

        await s.ControlAsync("open", vote);
        await anna.SubmitAsync(await anna.OpenAsync($"/w/{s.Code}"), "#vote", WorkshopArrange.Dots((items[0], 3), (items[2], 2)));
        await bert.SubmitAsync(await bert.OpenAsync($"/w/{s.Code}"), "#vote", WorkshopArrange.Dots((items[2], 3), (items[1], 1)));
        await s.ControlAsync("close", vote);

        await s.ControlAsync("open", ideas);
        await anna.SubmitAsync(await anna.OpenAsync($"/w/{s.Code}"), "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon" });
        await s.ControlAsync("nextround", ideas);
        var next = await bert.OpenAsync($"/w/{s.Code}");
        var parent = next.Document.QuerySelector("#BuildsOn option[value]:not([value=''])")!.GetAttribute("value");
        await bert.SubmitAsync(next, "#ideas", new Dictionary<string, string?> { ["ideas[0]"] = "Herstelbon ook voor fietsen", ["buildsOn"] = parent });
        await s.ControlAsync("close", ideas);

        await s.ControlAsync("open", scale);
        await anna.SubmitAsync(await anna.OpenAsync($"/w/{s.Code}"), "#poll", new Dictionary<string, string?> { ["scale"] = "4" });
        await bert.SubmitAsync(await bert.OpenAsync($"/w/{s.Code}"), "#poll", new Dictionary<string, string?> { ["scale"] = "5" });
        Assert.Equal(HttpStatusCode.Redirect, (await s.EndAsync()).Status);
        return (s, vote, ideas, scale, unused, items);
    }

    [Fact]
    public async Task The_report_page_shows_every_activity_in_order_with_times_counts_and_results()
    {
        var (s, vote, ideas, scale, unused, items) = await HeldWorkshopAsync();
        var control = await s.Client.OpenAsync(s.Url());

        var report = await s.Client.OpenAsync(control.Document.QuerySelector("#report-link")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, report.Status);
        Assert.Equal("Verslag: Stakeholderworkshop", report.Text("h1"));
        Assert.Contains("Deelnemers: 2", report.Text("#report-meta"), StringComparison.Ordinal);
        Assert.Contains("Beëindigd op 2 maart 2026 10:00", report.Text("#report-meta"), StringComparison.Ordinal);
        var sections = report.Document.QuerySelectorAll("section.cx-report-activity").ToList();
        Assert.Equal([$"report-activity-{vote}", $"report-activity-{ideas}", $"report-activity-{scale}", $"report-activity-{unused}"], sections.Select(x => x.Id));
        Assert.Equal("1. Wat eerst?", report.Text($"#report-activity-{vote} h2"));
        Assert.Equal("Stippenstemming · Gesloten · geopend 2 maart 2026 10:00 · gesloten 2 maart 2026 10:00 · 2 deelnemers gaven antwoord",
            report.Text($"#report-activity-{vote} [data-activity-line]"));
        var rows = report.Document.QuerySelectorAll($"#report-activity-{vote} table[data-results=dots] tbody tr").ToList();
        Assert.Equal([items[2], items[0], items[1]], rows.Select(r => int.Parse(r.GetAttribute("data-item")!, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["5", "3", "1"], rows.Select(r => r.QuerySelector("[data-dots]")!.TextContent));
        Assert.Null(report.Document.QuerySelector("main script"));
        Assert.Contains("bouwt voort op \"Herstelbon\"", report.Text($"#report-activity-{ideas} [data-sheet]"), StringComparison.Ordinal);
        // Ideas go to the strategy's ideas backlog when the activity closes (decision 0211).
        Assert.EndsWith("resultaten doorgegeven aan de strategie", report.Text($"#report-activity-{ideas} [data-activity-line]"), StringComparison.Ordinal);
        // The workshop ended while the poll was open: it closed with the workshop and its answers are in.
        Assert.Contains("Gesloten", report.Text($"#report-activity-{scale} [data-activity-line]"), StringComparison.Ordinal);
        Assert.Equal("Gemiddelde: 4,5", report.Text($"#report-activity-{scale} [data-mean]"));
        Assert.Equal("Deze activiteit is niet gehouden.", report.Text($"#report-activity-{unused} [data-not-held]"));
    }

    [Fact]
    public async Task The_docx_has_a_heading_per_activity_and_the_results_as_tables_and_is_valid()
    {
        var (s, _, _, _, _, _) = await HeldWorkshopAsync();
        var report = await s.Client.OpenAsync(s.Url("/report"));

        var file = await s.Client.GetAsync(report.Document.QuerySelector("#report-docx")!.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Docx, file.ContentType);
        Assert.Contains($"workshop-{s.Code}-2026-03-02.docx", file.Headers["Content-Disposition"], StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal("Verslag: Stakeholderworkshop", document.PackageProperties.Title);
        var body = document.MainDocumentPart!.Document.Body!;
        string StyleOf(W.Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var paragraphs = body.Elements<W.Paragraph>().ToList();
        Assert.Equal("Verslag: Stakeholderworkshop", paragraphs.First(p => StyleOf(p) == "Title").InnerText);
        Assert.Equal(["1. Wat eerst?", "2. Meer herstellen", "3. Hoe tevreden ben je?", "4. Nog een vraag"], paragraphs.Where(p => StyleOf(p) == "Heading1").Select(p => p.InnerText));
        Assert.Contains(paragraphs, p => p.InnerText == "Deze activiteit is niet gehouden.");

        var tables = body.Elements<W.Table>().ToList();
        string[][] Cells(W.Table table) => [.. table.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToArray())];
        var dots = Cells(tables[0]);
        Assert.Equal(["Plaats", "Item", "Stippen", "Stemmers"], dots[0]);
        Assert.Equal(["1", "<script>alert(1)</script> deelfietsen", "5", "2"], dots[1]);
        Assert.Equal(["3", "Circulair aankopen", "1", "1"], dots[3]);
        Assert.NotNull(tables[0].Elements<W.TableRow>().First().TableRowProperties!.GetFirstChild<W.TableHeader>());
        Assert.Equal("9 stippen van 2 deelnemers", tables[0].ElementsBefore().OfType<W.Paragraph>().Last().InnerText);
        var sheet = Cells(tables[1]);
        Assert.Equal(["Ronde", "Idee", "Bouwt voort op", "Door", "Tijdstip"], sheet[0]);
        Assert.Equal(["1", "Herstelbon", "", "Anna", "10:00"], sheet[1]);
        var scale = Cells(tables.Last());
        Assert.Equal(["4 – veel", "1"], scale[4]);
    }

    [Fact]
    public async Task The_xlsx_has_one_sheet_per_kind_of_result_with_numbers_as_numbers_and_times_as_times()
    {
        var (s, _, _, _, _, _) = await HeldWorkshopAsync();

        var file = await s.Client.GetAsync(s.Url("/report.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        Assert.Equal(Xlsx, file.ContentType);
        Assert.Contains($"workshop-{s.Code}-2026-03-02.xlsx", file.Headers["Content-Disposition"], StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var wb = document.WorkbookPart!;
        var sheets = wb.Workbook.Sheets!.Elements<S.Sheet>().ToList();
        Assert.Equal(["Workshop", "Activiteiten", "Stippen", "Peilingen", "AMORE", "Impact en inspanning", "Ideeën en notities"], sheets.Select(x => x.Name!.Value));
        List<S.Row> Rows(string name) => [.. ((WorksheetPart)wb.GetPartById(sheets.Single(x => x.Name == name).Id!)).Worksheet.Descendants<S.Row>()];
        static string?[] Values(S.Row row) => [.. row.Elements<S.Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text)];

        var activities = Rows("Activiteiten");
        Assert.Equal(5, activities.Count);
        Assert.Equal(["1", "Wat eerst?", "Stippenstemming", "Gesloten"], Values(activities[1]).Take(4));
        var opened = activities[1].Elements<S.Cell>().ElementAt(4);
        Assert.Equal(new DateTime(2026, 3, 2, 10, 0, 0).ToOADate(), double.Parse(opened.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        var format = wb.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<S.CellFormat>().ElementAt((int)opened.StyleIndex!.Value);
        Assert.Equal("yyyy-mm-dd hh:mm", wb.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<S.NumberingFormat>().Single(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Equal("2", Values(activities[1])[6]);
        Assert.Null(activities[1].Elements<S.Cell>().ElementAt(6).DataType);
        Assert.Equal(["4", "Nog een vraag", "Snelle peiling", "Gepland"], Values(activities[4]).Take(4));

        var dots = Rows("Stippen");
        Assert.Equal(4, dots.Count);
        Assert.Equal(new string?[] { "1", "Wat eerst?", "1", "<script>alert(1)</script> deelfietsen", "Zelf getypt", "5", "2" }, Values(dots[1]));
        Assert.Null(dots[1].Elements<S.Cell>().ElementAt(5).DataType);

        var polls = Rows("Peilingen");
        Assert.Equal(6, polls.Count);
        Assert.Equal(new string?[] { "3", "Hoe tevreden ben je?", "Schaal van 1 tot 5", "5 – heel veel", "1" }, Values(polls[5]));

        var idea = Rows("Ideeën en notities").Skip(1).Select(Values).ToList();
        Assert.Equal(2, idea.Count);
        Assert.Equal(["2", "Meer herstellen", "Idee", "Herstelbon ook voor fietsen", "2"], idea[1].Take(5));
        Assert.Contains("Herstelbon", idea[1]);
        Assert.Contains("Deelnemer 2", idea[1]);
        Assert.Single(Rows("AMORE"));
    }

    [Fact]
    public async Task A_reader_may_read_the_report_and_download_it_and_another_organisation_gets_404()
    {
        var s = await WorkshopArrange.NewAsync(app);
        await s.AddActivityAsync("Peiling", "Een vraag", new() { ["Input.PollType"] = "OpenTekst" });
        var reader = await app.NewUserAsync();
        await app.AddMemberAsync(s.Organisation, reader, OrganisationRole.Lezer);
        using var readerClient = await app.LoggedInClientAsync(reader);
        var (_, outsider) = await app.NewOrganisationWithMemberAsync(OrganisationRole.Beheerder);
        using var outsiderClient = await app.LoggedInClientAsync(outsider);

        Assert.Equal(HttpStatusCode.OK, (await readerClient.GetAsync(s.Url("/report"))).Status);
        Assert.Equal(Docx, (await readerClient.GetAsync(s.Url("/report.docx"))).ContentType);
        Assert.Equal(Xlsx, (await readerClient.GetAsync(s.Url("/report.xlsx"))).ContentType);
        foreach (var path in new[] { "/report", "/report.docx", "/report.xlsx" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsiderClient.GetAsync(s.Url(path))).Status);
        }
    }
}
