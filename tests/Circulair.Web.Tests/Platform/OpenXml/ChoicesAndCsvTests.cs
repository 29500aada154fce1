using System.Globalization;
using System.Text;
using Circulair.Web.Platform.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Circulair.Web.Tests.Platform.OpenXml;

/// <summary>Drop-down lists in the xlsx writer and the CSV writer, read back with the OpenXML SDK and our own reader.</summary>
public sealed class ChoicesAndCsvTests
{
    private static SheetModel Sheet(int rows) => new("Acties",
        [new ColumnModel("Nummer"), new ColumnModel("Status", Choices: ["Idee", "Lopend", "On hold"]), new ColumnModel("Budget"), new ColumnModel("Start")],
        Enumerable.Range(1, rows).Select(i => (IReadOnlyList<CellModel>)[$"A{i}", "Lopend", 1250.5 * i, CellModel.Of(new DateOnly(2026, 3, i))]));

    [Fact]
    public void A_column_with_choices_gets_a_list_validation_over_its_data_rows()
    {
        var bytes = XlsxTableWriter.ToBytes(new WorkbookModel([Sheet(3)]));

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        var validation = part.Worksheet.Elements<DataValidations>().Single().Elements<DataValidation>().Single();
        Assert.Equal(DataValidationValues.List, validation.Type!.Value);
        Assert.Equal("B2:B4", validation.SequenceOfReferences!.InnerText);
        Assert.Equal("\"Idee,Lopend,On hold\"", validation.Formula1!.Text);
        Assert.True(validation.ShowErrorMessage!.Value);
    }

    [Fact]
    public void Choices_that_cannot_be_written_inline_are_refused_before_any_file_is_made()
    {
        var sheet = new SheetModel("Blad", [new ColumnModel("Keuze", Choices: ["a,b"])], []);

        Assert.Throws<ArgumentException>(() => XlsxTableWriter.ToBytes(new WorkbookModel([sheet])));
    }

    [Fact]
    public void Csv_has_a_bom_semicolons_local_numbers_iso_dates_and_reads_back_as_written()
    {
        var bytes = CsvTableWriter.ToBytes(Sheet(2), CultureInfo.GetCultureInfo("nl-BE"));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.Equal("Nummer;Status;Budget;Start\r\nA1;Lopend;1250,5;2026-03-01\r\nA2;Lopend;2501;2026-03-02\r\n", text);
        var table = TableFile.Read(bytes, "x.csv", "Blad", 10);
        Assert.Equal(["A2", "Lopend", "2501", "2026-03-02"], table.Rows[1].Cells);
    }

    [Fact]
    public void Csv_guards_formula_like_text_and_the_reader_takes_the_guard_off()
    {
        var sheet = new SheetModel("Blad", [new ColumnModel("Titel")], [["=HYPERLINK(\"x\")"], ["+32 team"], ["-3 ton"]]);

        var bytes = CsvTableWriter.ToBytes(sheet, CultureInfo.InvariantCulture);

        Assert.Contains("'=HYPERLINK", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(["=HYPERLINK(\"x\")", "+32 team", "-3 ton"], TableFile.Read(bytes, "x.csv", "Blad", 10).Rows.Select(r => r.Cells[0]));
    }
}
