using System.Globalization;
using Circulair.Scan;
using CsvHelper;
using CsvHelper.Configuration;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Streams a CSV file with the encoding and delimiter chosen for it (detected by <see cref="FormatDetector.DetectText"/>
/// or corrected in the scan wizard). Rows are numbered by record, blank lines included, so a number is the line a
/// spreadsheet program shows (a quoted line break stays inside its record).
/// </summary>
public sealed class CsvTableReader(Stream stream, TableReadSettings settings) : TableReader(stream)
{
    public override IEnumerable<SourceRow> Rows(Action<CellNote>? notes = null, long fromRow = 1)
    {
        var encoding = FormatDetector.EncodingFor(settings.EncodingName);
        using var reader = new StreamReader(Stream, encoding, detectEncodingFromByteOrderMarks: settings.EncodingName != FormatDetector.Windows1252, bufferSize: 1 << 16, leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = settings.Delimiter.ToString(),
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = false,
            TrimOptions = TrimOptions.None,
            // No field cache: CsvHelper's keeps every distinct text of up to 128 characters for the parser's life, so
            // a file of measured values (hardly two alike) would hold them all, 10 M rows far beyond the heap limit
            // (decision 0410). A short string per cell is garbage of the youngest generation, collected cheaply.
            CacheFields = false,
        };
        using var parser = new CsvParser(reader, config);
        long number = 0;
        while (parser.Read())
        {
            number++;
            var cells = new string?[parser.Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = parser[i];
            }
            if (number == 1 && cells.Length > 0 && cells[0] is { Length: > 0 } first && first[0] == '\uFEFF')
            {
                cells[0] = first[1..];
            }
            yield return new SourceRow(number, cells);
        }
    }

    /// <summary>Takes off the apostrophe <see cref="CsvTableWriter.Guard"/> put before formula-like text.</summary>
    public static string? Unguard(string? cell) => cell is { Length: > 1 } && cell[0] == '\'' && cell[1] is '=' or '+' or '@' or '\t' or '\r' ? cell[1..] : cell;
}
