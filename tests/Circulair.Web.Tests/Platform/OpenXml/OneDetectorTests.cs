using System.Globalization;
using System.Text;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Circulair.Web.Platform.OpenXml;
using static Circulair.Web.Tests.Features.Scan.ScanSteps;

namespace Circulair.Web.Tests.Platform.OpenXml;

/// <summary>The spreadsheet imports and the scan import read a CSV with one detector and one table reader.</summary>
public sealed class OneDetectorTests
{
    public static TheoryData<string> Files() => new()
    {
        "pic-tewerkstelling.csv", "pic-tewerkstelling-2023-update.csv", "text-in-value.csv", "negative-jobs.csv", "unknown-nis.csv",
        "unknown-category.csv", "duplicate-rows.csv", "year-out-of-range.csv", "register-export.csv", "register-comma.csv", "register-1252.csv",
    };

    /// <summary>The scan's fixtures, and sheets as the register's export and other programs write them.</summary>
    private static byte[] Bytes(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return name switch
        {
            "register-export.csv" => CsvTableWriter.ToBytes(new SheetModel("Stakeholders", [new ColumnModel("Naam"), new ColumnModel("Groep"), new ColumnModel("Macht")],
                [["Dienst Aankoop", "Interne dienst", 3], ["Milieuraad", "Adviesraad", 2.5]]), CultureInfo.GetCultureInfo("nl-BE")),
            "register-comma.csv" => Encoding.UTF8.GetBytes("Naam,Groep,Notities\n\"Dienst; Aankoop\",Interne dienst,\"a, b\"\nMilieuraad,Adviesraad,\n"),
            "register-1252.csv" => Encoding.GetEncoding(1252).GetBytes("Naam;Groep\nCafé Hélène;Bedrijven\n"),
            _ => Fixture(name),
        };
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void The_spreadsheet_imports_and_the_scan_import_decide_the_same_encoding_and_delimiter(string name)
    {
        var bytes = Bytes(name);
        var path = Path.Combine(Path.GetTempPath(), $"one-detector-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, bytes);
        try
        {
            var scan = ImportProbe.Run(path, ImportFileKind.Csv, new ScanImportOptions()).Format;
            var sheet = TableFile.DetectCsv(bytes);

            Assert.NotNull(scan);
            Assert.Equal((scan.EncodingName, scan.Delimiter), (sheet.EncodingName, sheet.Delimiter));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Both_imports_refuse_text_with_nul_bytes()
    {
        var bytes = Fixture("wrong-encoding-utf16.csv");

        Assert.Equal("Spreadsheet.NotText", Assert.Throws<TableFileException>(() => TableFile.Read(bytes, "lijst.csv", "S", 10)).MessageKey);
        Assert.NotNull(FormatDetector.DetectText(bytes, wholeFileIsUtf8: false, isCut: false).Problem);
    }

    [Fact]
    public void A_sheet_import_reads_a_scan_export_row_by_row_as_the_scan_numbers_them()
    {
        // pic-tewerkstelling.csv: two title lines and a blank line above the header (row 4), Windows-1252, ';'.
        var table = TableFile.Read(Fixture("pic-tewerkstelling.csv"), "pic.csv", "S", 100);
        using var stream = new MemoryStream(Fixture("pic-tewerkstelling.csv"));
        var format = TableFile.DetectCsv(Fixture("pic-tewerkstelling.csv"));
        using var reader = TableReader.Open(stream, new TableReadSettings(TableFileKind.Csv, format.EncodingName!, format.Delimiter!.Value));
        var scanRows = reader.Rows().ToList();

        var aalst = table.Rows.First(r => r.Cells.Contains("Aalst"));
        Assert.Equal(5, aalst.Number);
        Assert.Equal(string.Join(";", scanRows.Single(r => r.Number == 5).Cells), string.Join(";", aalst.Cells));
        Assert.Equal("NIS-code;Gemeente;Sector;Omschrijving;2022;2023", string.Join(";", scanRows.Single(r => r.Number == 4).Cells));
    }
}
