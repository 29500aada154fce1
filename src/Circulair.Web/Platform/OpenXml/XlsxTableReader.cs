using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Reads sheets of an .xlsx as <see cref="SheetTable"/>: the first row as headers, every further non-blank row as
/// text cells. Rows are read one at a time with <see cref="OpenXmlReader"/> and reading stops after
/// <c>maxRows</c>, so a huge sheet costs little. Shared strings, inline strings, rich text, booleans,
/// formulas' cached values and date-formatted numbers are all turned into plain text.
/// Open files through <see cref="TableFile"/>, which checks the package first.
/// </summary>
public sealed class XlsxTableReader : IDisposable
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private List<string>? _sharedStrings;
    private HashSet<uint>? _dateStyles;

    private XlsxTableReader(SpreadsheetDocument document)
    {
        _document = document;
        _workbook = document.WorkbookPart ?? throw new TableFileException("Spreadsheet.NotExcel");
        SheetNames = [.. (_workbook.Workbook?.Sheets?.Elements<Sheet>() ?? []).Select(s => s.Name?.Value ?? "")];
    }

    public IReadOnlyList<string> SheetNames { get; }

    public static XlsxTableReader Open(Stream stream)
    {
        try
        {
            return new XlsxTableReader(SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false }));
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            throw new TableFileException("Spreadsheet.Corrupt");
        }
    }

    public SheetTable Read(string sheetName, int maxRows)
    {
        try
        {
            return ReadSheet(sheetName, maxRows);
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            throw new TableFileException("Spreadsheet.Corrupt");
        }
    }

    private SheetTable ReadSheet(string sheetName, int maxRows)
    {
        var sheet = _workbook.Workbook.Sheets!.Elements<Sheet>().FirstOrDefault(s => s.Name?.Value == sheetName)
            ?? throw new TableFileException("Spreadsheet.NoSuchSheet", sheetName, string.Join(", ", SheetNames));
        if (sheet.Id?.Value is not { } id || _workbook.GetPartById(id) is not WorksheetPart part)
        {
            throw new TableFileException("Spreadsheet.NotATableSheet", sheetName);
        }
        List<string?>? headers = null;
        var rows = new List<SheetTableRow>();
        var more = false;
        var counter = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            counter = row.RowIndex?.Value is { } index ? (int)index : counter + 1;
            var cells = Cells(row);
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
            rows.Add(new SheetTableRow(counter, cells));
        }
        return new SheetTable(headers ?? [], rows, more);
    }

    private List<string?> Cells(Row row)
    {
        var cells = new List<string?>();
        var position = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            position = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : position + 1;
            if (position < 1 || position > 16_384)
            {
                continue;
            }
            while (cells.Count < position - 1)
            {
                cells.Add(null);
            }
            var text = Text(cell);
            if (cells.Count == position - 1)
            {
                cells.Add(text);
            }
            else
            {
                cells[position - 1] = text;
            }
        }
        return cells;
    }

    private string? Text(Cell cell)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < SharedStrings.Count ? SharedStrings[i] : null;
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? PlainText(inline) : raw;
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        }
        if (type is null || type == CellValues.Number)
        {
            if (raw is not null && cell.StyleIndex?.Value is { } style && DateStyles.Contains(style)
                && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 0 and < 2958466)
            {
                var date = DateTime.FromOADate(serial);
                return date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            }
        }
        return raw;
    }

    /// <summary>The visible text of a string item: its runs' text, without phonetic (ruby) annotations.</summary>
    private static string PlainText(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    private List<string> SharedStrings => _sharedStrings ??= LoadSharedStrings();

    private List<string> LoadSharedStrings()
    {
        var list = new List<string>();
        if (_workbook.SharedStringTablePart is not { } part)
        {
            return list;
        }
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
            {
                list.Add(PlainText(reader.LoadCurrentElement()!));
            }
        }
        return list;
    }

    private HashSet<uint> DateStyles => _dateStyles ??= LoadDateStyles();

    /// <summary>Cell styles whose number format shows a date: Excel's built-in date formats and custom formats with day or year codes.</summary>
    private HashSet<uint> LoadDateStyles()
    {
        var result = new HashSet<uint>();
        var stylesheet = _workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is not { } formats)
        {
            return result;
        }
        var customDates = (stylesheet.NumberingFormats?.Elements<NumberingFormat>() ?? [])
            .Where(f => f.NumberFormatId?.Value is not null && IsDateFormat(f.FormatCode?.Value))
            .Select(f => f.NumberFormatId!.Value)
            .ToHashSet();
        uint index = 0;
        foreach (var format in formats.Elements<CellFormat>())
        {
            if (format.NumberFormatId?.Value is { } id && (BuiltInDateFormats.Contains(id) || customDates.Contains(id)))
            {
                result.Add(index);
            }
            index++;
        }
        return result;
    }

    private static bool IsDateFormat(string? code)
    {
        if (code is null)
        {
            return false;
        }
        var quoted = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is 'd' or 'D' or 'y' or 'Y')
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"C7" → 3.</summary>
    private static int ColumnIndex(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                n = n * 26 + (c - 'A' + 1);
            }
            else if (c is >= 'a' and <= 'z')
            {
                n = n * 26 + (c - 'a' + 1);
            }
            else
            {
                break;
            }
        }
        return n;
    }

    private static bool IsFormatProblem(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FileFormatException or InvalidOperationException or NotSupportedException or ArgumentException;

    public void Dispose() => _document.Dispose();
}
