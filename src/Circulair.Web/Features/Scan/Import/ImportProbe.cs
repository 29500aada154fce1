using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using System.Text;
using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>The first look at an uploaded file, or the reason it cannot be read at all (with row and column where that makes sense).</summary>
public sealed record ProbeResult(DetectedFormat? Format, IReadOnlyList<string> Sheets, string? ProblemKey, object[] ProblemArguments)
{
    public static ProbeResult Problem(string key, params object[] arguments) => new(null, [], key, arguments);
}

/// <summary>
/// Looks at an upload before anything else happens: empty files, text that is not UTF-8 or Windows-1252,
/// no usable delimiter, and for .xlsx the zip guard (declared and actual uncompressed sizes and ratios, checked
/// before any XML is parsed). Then guesses the format for the wizard's first step.
/// </summary>
public static class ImportProbe
{
    private const int SampleBytes = FormatDetector.SampleBytes;
    private const int SampleRows = 40;

    public static ProbeResult Run(string path, ImportFileKind kind, ScanImportOptions options)
    {
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            return ProbeResult.Problem("Scan.Import.Error.Empty");
        }
        return kind == ImportFileKind.Xlsx ? ProbeXlsx(path, options) : ProbeCsv(path);
    }

    public static ImportFileKind KindOf(string fileName, ReadOnlySpan<byte> head) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || head.StartsWith("PK\u0003\u0004"u8) ? ImportFileKind.Xlsx : ImportFileKind.Csv;

    private static ProbeResult ProbeCsv(string path)
    {
        var head = new byte[SampleBytes];
        var headLength = 0;
        var check = new Utf8Check();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            var buffer = new byte[1 << 16];
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (headLength < SampleBytes)
                {
                    var take = Math.Min(read, SampleBytes - headLength);
                    Array.Copy(buffer, 0, head, headLength, take);
                    headLength += take;
                }
                check.Feed(buffer.AsSpan(0, read));
            }
            check.Complete();
        }
        var detected = FormatDetector.DetectText(head.AsSpan(0, headLength), check.IsValid, isCut: headLength == SampleBytes);
        if (detected.Problem is { } problem)
        {
            return ProbeResult.Problem("Scan.Import.Error.Encoding", problem.Row, Columns.Name(problem.Column));
        }
        var (encoding, lines) = (detected.EncodingName, detected.Lines);
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return ProbeResult.Problem("Scan.Import.Error.Empty");
        }
        if (detected.Delimiter is not { } delimiter)
        {
            var first = lines.ToList().FindIndex(l => !string.IsNullOrWhiteSpace(l)) + 1;
            return ProbeResult.Problem("Scan.Import.Error.Delimiter", first);
        }
        var rows = ReadSample(path, new ReadSettings(ImportFileKind.Csv, encoding!, delimiter, NumberFormat.Belgian, null));
        return Finish(rows, encoding!, delimiter, []);
    }

    private static ProbeResult ProbeXlsx(string path, ScanImportOptions options)
    {
        var guard = Guard(path, options);
        if (guard is not null)
        {
            return guard;
        }
        IReadOnlyList<string> sheets;
        List<SourceRow> rows;
        try
        {
            sheets = XlsxTableReader.SheetNames(path);
            rows = ReadSample(path, new ReadSettings(ImportFileKind.Xlsx, FormatDetector.Utf8, ';', NumberFormat.Belgian, null));
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or IOException)
        {
            return ProbeResult.Problem("Scan.Import.Error.NotAWorkbook");
        }
        return Finish(rows, FormatDetector.Utf8, ';', sheets);
    }

    private static ProbeResult Finish(List<SourceRow> rows, string encoding, char delimiter, IReadOnlyList<string> sheets)
    {
        if (rows.Count == 0 || rows.All(r => r.Cells.All(string.IsNullOrWhiteSpace)))
        {
            return ProbeResult.Problem("Scan.Import.Error.Empty");
        }
        var header = FormatDetector.DetectHeaderRow([.. rows.Select(r => (IReadOnlyList<string?>)r.Cells)]);
        var below = rows.Where(r => r.Number > header).ToList();
        if (below.All(r => r.Cells.All(string.IsNullOrWhiteSpace)))
        {
            return ProbeResult.Problem("Scan.Import.Error.NoData", header);
        }
        var numbers = FormatDetector.DetectNumberFormat(below.SelectMany(r => r.Cells), delimiter);
        return new ProbeResult(new DetectedFormat(encoding, delimiter, numbers, header), sheets, null, []);
    }

    public static List<SourceRow> ReadSample(string path, ReadSettings settings, int count = SampleRows)
    {
        using var reader = TableReader.Open(path, settings.Table);
        return [.. reader.Rows().Take(count)];
    }

    /// <summary>
    /// Refuses an .xlsx that is not a reasonable workbook before parsing it: not a zip, no workbook entry, a
    /// total uncompressed size or a compression ratio beyond the limits (a zip bomb), or an entry that inflates
    /// to more than it declares.
    /// </summary>
    public static ProbeResult? Guard(string path, ScanImportOptions options)
    {
        var maxTotal = (long)(options.MaxUncompressedMegabytes * 1024 * 1024);
        try
        {
            using var zip = ZipFile.OpenRead(path);
            long total = 0;
            var hasWorkbook = false;
            foreach (var entry in zip.Entries)
            {
                hasWorkbook |= entry.FullName == "xl/workbook.xml";
                total += entry.Length;
                if (total > maxTotal)
                {
                    return ProbeResult.Problem("Scan.Import.Error.ZipBomb", entry.FullName);
                }
                if (entry.Length > 1024 * 1024 && entry.Length > entry.CompressedLength * options.MaxCompressionRatio)
                {
                    return ProbeResult.Problem("Scan.Import.Error.ZipBomb", entry.FullName);
                }
                using var s = entry.Open();
                var buffer = new byte[81920];
                long actual = 0;
                int n;
                while ((n = s.Read(buffer, 0, buffer.Length)) > 0)
                {
                    actual += n;
                    if (actual > entry.Length)
                    {
                        return ProbeResult.Problem("Scan.Import.Error.ZipBomb", entry.FullName);
                    }
                }
            }
            return hasWorkbook ? null : ProbeResult.Problem("Scan.Import.Error.NotAWorkbook");
        }
        catch (InvalidDataException)
        {
            return ProbeResult.Problem("Scan.Import.Error.NotAWorkbook");
        }
    }

    internal static Encoding Latin => FormatDetector.EncodingFor(FormatDetector.Windows1252);
}
