using System.IO.Compression;

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
    /// one-sheet workbook (a minimal sheet made by hand). A CSV is one sheet by nature.
    /// </summary>
    public static SheetTable Read(byte[] content, string fileName, string sheetName, int maxRows)
    {
        if (Detect(content, fileName) == TableFileKind.Csv)
        {
            return CsvTableReader.Read(content, maxRows);
        }
        CheckPackage(content);
        using var stream = new MemoryStream(content, writable: false);
        using var reader = XlsxTableReader.Open(stream);
        var name = reader.SheetNames.Contains(sheetName) ? sheetName
            : reader.SheetNames.Count == 1 ? reader.SheetNames[0]
            : throw new TableFileException("Spreadsheet.NoSuchSheet", sheetName, string.Join(", ", reader.SheetNames));
        return reader.Read(name, maxRows);
    }

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
