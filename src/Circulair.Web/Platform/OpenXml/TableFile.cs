using System.IO.Compression;
using Circulair.Scan;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;

namespace Circulair.Web.Platform.OpenXml;

public enum TableFileKind
{
    Xlsx,
    Csv,
}

/// <summary>
/// Entry point for imports: reads an uploaded .xlsx or .csv into <see cref="SheetTable"/>, or throws a
/// <see cref="TableFileException"/> that says in plain words why not (an old .xls, a text file renamed to
/// .xlsx, a damaged or suspiciously large package, a missing sheet). The kind is decided by the content,
/// the file name only breaks the tie for text.
/// </summary>
public static class TableFile
{
    /// <summary>The most an .xlsx may unpack to; a 10 MB upload of real data stays far below it.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    /// <summary>The compound-file header of Excel 97–2003 (.xls).</summary>
    private static ReadOnlySpan<byte> LegacyXlsSignature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static TableFileKind Detect(ReadOnlySpan<byte> content, string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (content.Length == 0)
        {
            throw new TableFileException("Spreadsheet.Empty");
        }
        if (content.StartsWith("PK\x03\x04"u8))
        {
            return TableFileKind.Xlsx;
        }
        if (content.StartsWith(LegacyXlsSignature))
        {
            throw new TableFileException("Spreadsheet.LegacyXls");
        }
        return extension switch
        {
            ".csv" or ".txt" => TableFileKind.Csv,
            ".xlsx" or ".xlsm" or ".xls" => throw new TableFileException("Spreadsheet.NotExcel"),
            _ => throw new TableFileException("Spreadsheet.UnsupportedType", fileName),
        };
    }

    /// <summary>
    /// Reads one sheet: <paramref name="sheetName"/> when the workbook has it, otherwise the only sheet of a
    /// one-sheet workbook (a minimal sheet made by hand). A CSV is one sheet by nature; its encoding and delimiter
    /// are decided by <see cref="FormatDetector.DetectText"/>, as for the scan import. The first non-blank row holds
    /// the headers; blank rows are skipped; reading stops after <paramref name="maxRows"/> data rows.
    /// </summary>
    public static SheetTable Read(byte[] content, string fileName, string sheetName, int maxRows)
    {
        if (Detect(content, fileName) == TableFileKind.Csv)
        {
            var format = DetectCsv(content);
            var settings = new TableReadSettings(TableFileKind.Csv, format.EncodingName!, format.Delimiter ?? ';');
            try
            {
                using var csv = TableReader.Open(new MemoryStream(content, writable: false), settings);
                return ToSheet(csv, maxRows, CsvTableReader.Unguard);
            }
            catch (CsvHelperException)
            {
                throw new TableFileException("Spreadsheet.Corrupt");
            }
        }
        CheckPackage(content);
        try
        {
            var names = XlsxTableReader.SheetNames(new MemoryStream(content, writable: false));
            var name = names.Contains(sheetName) ? sheetName
                : names.Count == 1 ? names[0]
                : throw new TableFileException("Spreadsheet.NoSuchSheet", sheetName, string.Join(", ", names));
            using var xlsx = TableReader.Open(new MemoryStream(content, writable: false), new TableReadSettings(TableFileKind.Xlsx, SheetName: name));
            return ToSheet(xlsx, maxRows, c => c);
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            throw new TableFileException("Spreadsheet.Corrupt");
        }
    }

    /// <summary>
    /// The encoding and delimiter of a CSV, decided as for every import; a one-column file gets ';'. Text with NUL
    /// bytes (UTF-16, a binary file) is refused.
    /// </summary>
    public static FormatDetector.TextFormat DetectCsv(byte[] content)
    {
        if (content.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new TableFileException("Spreadsheet.NotText");
        }
        var head = content.AsSpan(0, Math.Min(content.Length, FormatDetector.SampleBytes));
        var format = FormatDetector.DetectText(head, System.Text.Unicode.Utf8.IsValid(content), isCut: content.Length > head.Length);
        return format.Problem is null ? format : throw new TableFileException("Spreadsheet.NotText");
    }

    private static SheetTable ToSheet(TableReader reader, int maxRows, Func<string?, string?> clean)
    {
        List<string?>? headers = null;
        var rows = new List<SheetTableRow>();
        var more = false;
        foreach (var row in reader.Rows())
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            var cells = row.Cells.Select(clean).ToList();
            if (headers is null)
            {
                headers = cells;
                continue;
            }
            if (rows.Count == maxRows)
            {
                more = true;
                break;
            }
            while (cells.Count < headers.Count)
            {
                cells.Add(null);
            }
            rows.Add(new SheetTableRow((int)Math.Min(row.Number, int.MaxValue), cells));
        }
        return new SheetTable(headers ?? [], rows, more);
    }

    private static bool IsFormatProblem(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException or NotSupportedException or ArgumentException;

    /// <summary>A zip that is not a workbook (a .docx renamed) or that unpacks to far more than it could hold (a zip bomb) is refused before parsing.</summary>
    private static void CheckPackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("xl/workbook.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new TableFileException("Spreadsheet.NotExcel");
            }
            if (zip.Entries.Sum(e => e.Length) > MaxUnpackedBytes)
            {
                throw new TableFileException("Spreadsheet.TooLargeUnpacked");
            }
        }
        catch (InvalidDataException)
        {
            throw new TableFileException("Spreadsheet.Corrupt");
        }
    }
}
