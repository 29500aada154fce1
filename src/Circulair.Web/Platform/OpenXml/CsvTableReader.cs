using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Reads a CSV file as <see cref="SheetTable"/>. Spreadsheet programs in Belgium write ';' between values and
/// often the Windows-1252 encoding; others write ','. The separator is taken from the header line (';', ',' or
/// tab, whichever occurs most outside quotes) and the encoding is UTF-8 when the bytes are valid UTF-8,
/// otherwise Windows-1252.
/// </summary>
public static class CsvTableReader
{
    static CsvTableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static SheetTable Read(byte[] bytes, int maxRows)
    {
        var text = Decode(bytes);
        var delimiter = DetectDelimiter(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        List<string?>? headers = null;
        var rows = new List<SheetTableRow>();
        var more = false;
        var number = 0;
        try
        {
            while (csv.Read())
            {
                number++;
                var record = csv.Parser.Record ?? [];
                var cells = record.Select(c => (string?)Unguard(c)).ToList();
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }
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
                rows.Add(new SheetTableRow(number, cells));
            }
        }
        catch (CsvHelperException)
        {
            throw new TableFileException("Spreadsheet.Corrupt");
        }
        return new SheetTable(headers ?? [], rows, more);
    }

    /// <summary>Takes off the apostrophe <see cref="CsvTableWriter.Guard"/> put before formula-like text.</summary>
    internal static string Unguard(string cell) => cell.Length > 1 && cell[0] == '\'' && cell[1] is '=' or '+' or '@' or '\t' or '\r' ? cell[1..] : cell;

    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
        {
            throw new TableFileException("Spreadsheet.NotText");
        }
        var start = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    internal static string DetectDelimiter(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }
        // On a tie (or a one-column file) ';' wins: it is what Excel writes with Belgian settings.
        var best = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key == ';' ? 0 : 1).First();
        return best.Key.ToString();
    }
}
