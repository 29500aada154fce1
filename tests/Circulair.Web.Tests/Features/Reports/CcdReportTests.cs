using System.Net;
using Circulair.Web.Tests.Features.PublicSite;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using static Circulair.Web.Tests.Features.Strategy.StrategyArrange;

namespace Circulair.Web.Tests.Features.Reports;

/// <summary>The Circular Cities Declaration report (DOCX, XLSX) and the action crosswalk (issue 16 item 3, decision 0312).</summary>
public sealed class CcdReportTests(SharedApp app)
{
    // Word documents against Office 2010, as the other DOCX tests: DocxWriter gives tables a caption (w:tblCaption, 2010).
    private static void Valid(OpenXmlPackage package)
    {
        var validator = package is WordprocessingDocument ? new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010) : new OpenXmlValidator();
        var errors = validator.Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static List<string> SheetNames(SpreadsheetDocument document) =>
        [.. document.WorkbookPart!.Workbook.Sheets!.Elements<S.Sheet>().Select(s => s.Name!.Value!)];

    [Fact]
    public async Task The_docx_report_has_the_four_sections_filled_from_the_data_and_validates()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        using var client = await app.LoggedInClientAsync(seeded.S.User);

        var file = await client.GetAsync(seeded.S.Url("/reports/ccd.docx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        using var document = WordprocessingDocument.Open(new MemoryStream(file.Bytes), false);
        Valid(document);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        foreach (var heading in new[] { "1. Strategie en governance", "2. Belangrijkste acties: voortgang, impact en knelpunten", "3. Publiek gecommuniceerde doelen", "4. Monitoringsysteem" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
        Assert.Contains("In 2030 draait de gemeente rond", text, StringComparison.Ordinal);
        Assert.Contains("Wacht op Hubrecht", text, StringComparison.Ordinal);
        Assert.Contains("Restafval per inwoner", text, StringComparison.Ordinal);
        Assert.Contains("Kringwinkel Zuid", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vanderplancke", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_of_an_organisation_without_a_strategy_says_which_parts_are_empty()
    {
        var s = await NewAsync(app);
        using var client = await app.LoggedInClientAsync(s.User);

        var docx = await client.GetAsync(s.Url("/reports/ccd.docx"));
        var xlsx = await client.GetAsync(s.Url("/reports/ccd.xlsx"));

        using var document = WordprocessingDocument.Open(new MemoryStream(docx.Bytes), false);
        Valid(document);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("Nog niet ingevuld: de visietekst.", text, StringComparison.Ordinal);
        Assert.Contains("Nog niet ingevuld: acties.", text, StringComparison.Ordinal);
        Assert.Contains("Nog niet ingevuld: indicatoren.", text, StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx.Bytes), false);
        Valid(workbook);
    }

    [Fact]
    public async Task The_xlsx_report_has_a_sheet_per_section_and_table_and_validates()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        using var client = await app.LoggedInClientAsync(seeded.S.User);

        var file = await client.GetAsync(seeded.S.Url("/reports/ccd.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        Valid(document);
        var names = SheetNames(document);
        Assert.Equal(["1 Strategie en governance", "2 Belangrijkste acties  voortga", "3 Publiek gecommuniceerde doele", "4 Monitoringsysteem",
            "1 Beslissingen", "1 Platformen", "2 Acties", "3 Doelen", "4 Indicatoren"], names);
    }

    [Fact]
    public async Task The_crosswalk_has_the_networks_columns_one_row_per_action_and_validates()
    {
        var seeded = await PublicSiteArrange.SeedAsync(app);
        using var client = await app.LoggedInClientAsync(seeded.S.User);

        var file = await client.GetAsync(seeded.S.Url("/reports/actions-crosswalk.xlsx"));

        Assert.Equal(HttpStatusCode.OK, file.Status);
        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Bytes), false);
        Valid(document);
        var wb = document.WorkbookPart!;
        var sheet = Assert.Single(wb.Workbook.Sheets!.Elements<S.Sheet>());
        var rows = ((WorksheetPart)wb.GetPartById(sheet.Id!)).Worksheet.Descendants<S.Row>().ToList();
        Assert.Equal(4, rows.Count);
        var strings = wb.SharedStringTablePart?.SharedStringTable.Elements<S.SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        string Cell(S.Cell c) => c.DataType?.Value == S.CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
            : c.DataType?.Value == S.CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? "";
        Assert.Equal(["Nr.", "Actie", "Sector", "Status", "Start", "Einde", "Kost (euro)", "Verantwoordelijke organisatie of dienst", "Voortgang (%)"],
            rows[0].Elements<S.Cell>().Select(Cell));
        Assert.Contains(rows.Skip(1), r => r.Elements<S.Cell>().Select(Cell).Contains("Kringwinkel Zuid"));
    }
}
