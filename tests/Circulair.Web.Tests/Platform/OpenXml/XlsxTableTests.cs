using System.IO.Compression;
using System.Text;
using Circulair.Web.Platform.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Circulair.Web.Tests.Platform.OpenXml;

/// <summary>The general table writer and reader, checked by opening the files with the OpenXML SDK itself.</summary>
public sealed class XlsxTableTests
{
    private static WorkbookModel Sample(int rows = 3) => new([
        new SheetModel("Lijst",
            [new ColumnModel("Naam", 30), new ColumnModel("Aantal", 10), new ColumnModel("Datum", 12), new ColumnModel("Notities", 40, Wrap: true)],
            Enumerable.Range(1, rows).Select(i => (IReadOnlyList<CellModel>)[$"  Rij {i} ", i * 1.5, CellModel.Of(new DateOnly(2026, 1, i)), i == 1 ? "regel 1\nregel 2\u0001" : CellModel.Empty])),
        new SheetModel("Tweede", [new ColumnModel("A")], [["=SOM(1;2)"]]),
    ]);

    [Fact]
    public void Writes_a_styled_header_a_frozen_pane_widths_and_an_autofilter_on_each_sheet()
    {
        var bytes = XlsxTableWriter.ToBytes(Sample());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Lijst", "Tweede"], sheets.Select(s => s.Name!.Value));
        var part = (WorksheetPart)workbook.GetPartById(sheets[0].Id!);
        var worksheet = part.Worksheet;

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A1:D4", worksheet.Elements<AutoFilter>().Single().Reference!.Value);
        Assert.Equal([30d, 10d, 12d, 40d], worksheet.Descendants<Column>().Select(c => c.Width!.Value));

        var header = worksheet.Descendants<Row>().First().Elements<Cell>().ToList();
        Assert.Equal("Naam", header[0].InlineString!.InnerText);
        var headerFormat = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header[0].StyleIndex!.Value);
        var font = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)headerFormat.FontId!.Value);
        Assert.NotNull(font.Bold);
        Assert.Contains(workbook.Workbook.DefinedNames!.Elements<DefinedName>(), d => d.Name == "_xlnm._FilterDatabase" && d.Text == "'Lijst'!$A$1:$D$4");
    }

    [Fact]
    public void Keeps_text_as_text_numbers_as_numbers_and_dates_as_formatted_numbers()
    {
        var bytes = XlsxTableWriter.ToBytes(Sample());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = document.WorkbookPart!.WorksheetParts.First(p => p.Worksheet.Descendants<Row>().Count() == 4);
        var row = part.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal(CellValues.InlineString, row[0].DataType!.Value);
        Assert.Equal("  Rij 1 ", row[0].InlineString!.InnerText);
        Assert.Null(row[1].DataType);
        Assert.Equal("1.5", row[1].CellValue!.Text);
        Assert.Equal("46023", row[2].CellValue!.Text);
        Assert.Equal("regel 1\nregel 2", row[3].InlineString!.InnerText);
        var second = document.WorkbookPart.WorksheetParts.Single(p => p != part);
        var formula = second.Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Single();
        Assert.Null(formula.CellFormula);
        Assert.Equal("=SOM(1;2)", formula.InlineString!.InnerText);
    }

    [Fact]
    public void Reads_back_what_it_wrote_with_dates_as_iso_text()
    {
        var bytes = XlsxTableWriter.ToBytes(Sample());

        var table = TableFile.Read(bytes, "x.xlsx", "Lijst", 100);

        Assert.Equal(["Naam", "Aantal", "Datum", "Notities"], table.Headers);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(2, table.Rows[0].Number);
        Assert.Equal(["  Rij 1 ", "1.5", "2026-01-01", "regel 1\nregel 2"], table.Rows[0].Cells);
        Assert.Equal(["  Rij 2 ", "3", "2026-01-02", null], table.Rows[1].Cells);
        Assert.False(table.HasMoreRows);
    }

    [Fact]
    public void Stops_reading_after_the_row_limit_and_says_there_was_more()
    {
        var bytes = XlsxTableWriter.ToBytes(Sample(rows: 12));
        var table = TableFile.Read(bytes, "x.xlsx", "Lijst", 10);
        Assert.Equal(10, table.Rows.Count);
        Assert.True(table.HasMoreRows);
    }

    [Fact]
    public void Reads_shared_strings_sparse_cells_and_the_only_sheet_of_a_hand_made_workbook()
    {
        var bytes = HandMadeWorkbook();

        var table = TableFile.Read(bytes, "blad.xlsx", "Stakeholders", 100);

        Assert.Equal(["Naam", null, "Macht"], table.Headers);
        Assert.Equal(["Dienst Aankoop", null, "3"], table.Rows[0].Cells);
        Assert.Equal(4, table.Rows[0].Number);
    }

    [Fact]
    public void Names_the_sheets_it_found_when_the_wanted_sheet_is_missing()
    {
        var e = Assert.Throws<TableFileException>(() => TableFile.Read(XlsxTableWriter.ToBytes(Sample()), "x.xlsx", "Stakeholders", 10));
        Assert.Equal("Spreadsheet.NoSuchSheet", e.MessageKey);
        Assert.Equal(["Stakeholders", "Lijst, Tweede"], e.Arguments);
    }

    [Fact]
    public void Refuses_a_text_file_renamed_to_xlsx_an_old_xls_another_zip_and_an_unknown_type()
    {
        Assert.Equal("Spreadsheet.NotExcel", Assert.Throws<TableFileException>(() => TableFile.Read("Naam;Groep\nA;B"u8.ToArray(), "lijst.xlsx", "S", 10)).MessageKey);
        Assert.Equal("Spreadsheet.LegacyXls", Assert.Throws<TableFileException>(() => TableFile.Read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0], "oud.xls", "S", 10)).MessageKey);
        Assert.Equal("Spreadsheet.UnsupportedType", Assert.Throws<TableFileException>(() => TableFile.Read("hallo"u8.ToArray(), "foto.png", "S", 10)).MessageKey);
        Assert.Equal("Spreadsheet.Empty", Assert.Throws<TableFileException>(() => TableFile.Read([], "leeg.xlsx", "S", 10)).MessageKey);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(archive.CreateEntry("word/document.xml").Open());
            w.Write("<w/>");
        }
        Assert.Equal("Spreadsheet.NotExcel", Assert.Throws<TableFileException>(() => TableFile.Read(zip.ToArray(), "brief.xlsx", "S", 10)).MessageKey);
        var truncated = XlsxTableWriter.ToBytes(Sample())[..200];
        Assert.Equal("Spreadsheet.Corrupt", Assert.Throws<TableFileException>(() => TableFile.Read(truncated, "kapot.xlsx", "S", 10)).MessageKey);
    }

    [Theory]
    [InlineData("Naam;Groep;Notities\r\n\"Dienst; Aankoop\";Interne dienst;\"twee\nregels\"\r\n\r\nMilieuraad;Politiek;\r\n")]
    [InlineData("Naam,Groep,Notities\n\"Dienst; Aankoop\",Interne dienst,\"twee\nregels\"\nMilieuraad,Politiek,\n")]
    public void Reads_csv_with_semicolons_or_commas_quotes_and_line_breaks(string csv)
    {
        var table = TableFile.Read(Encoding.UTF8.GetBytes(csv), "lijst.csv", "S", 10);
        Assert.Equal(["Naam", "Groep", "Notities"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["Dienst; Aankoop", "Interne dienst", "twee\nregels"], table.Rows[0].Cells);
        Assert.Equal("Milieuraad", table.Rows[1].Cells[0]);
    }

    [Fact]
    public void Reads_csv_in_windows_1252_and_utf8_with_a_byte_order_mark()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var ansi = Encoding.GetEncoding(1252).GetBytes("Naam;Groep\nCafé Hélène;Bedrijven\n");
        Assert.Equal("Café Hélène", TableFile.Read(ansi, "a.csv", "S", 10).Rows[0].Cells[0]);
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Naam;Groep\nCafé;Bedrijven\n")).ToArray();
        var table = TableFile.Read(bom, "b.csv", "S", 10);
        Assert.Equal("Naam", table.Headers[0]);
        Assert.Equal("Café", table.Rows[0].Cells[0]);
    }

    /// <summary>A workbook as another program writes it: shared strings, a gap in the header, data starting lower.</summary>
    private static byte[] HandMadeWorkbook()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(
                new SharedStringItem(new Text("Naam")),
                new SharedStringItem(new Run(new Text("Dienst ")), new Run(new Text("Aankoop"))),
                new SharedStringItem(new Text("Macht")));
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") }, new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("2") }) { RowIndex = 1 },
                new Row(new Cell { CellReference = "A2" }) { RowIndex = 2 },
                new Row(new Cell { CellReference = "A4", DataType = CellValues.SharedString, CellValue = new CellValue("1") }, new Cell { CellReference = "C4", CellValue = new CellValue("3") }) { RowIndex = 4 }));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Blad1", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }
        return memory.ToArray();
    }
}
