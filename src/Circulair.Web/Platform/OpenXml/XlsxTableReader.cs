using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Streams the rows of one sheet of an .xlsx with the Open XML SDK's SAX reader (one row element at a time), so a
/// huge sheet costs little memory. Shared strings, inline strings, rich text (without phonetic annotations),
/// booleans and formulas' cached values become plain text; date-formatted numbers become ISO dates
/// ("yyyy-MM-dd"); other numbers are written with the settings' decimal separator. Formulas and merged cells are
/// told to the caller. Check a package with <see cref="TableFile"/> or the scan's zip guard before opening it.
/// </summary>
public sealed class XlsxTableReader(Stream stream, TableReadSettings settings) : TableReader(stream)
{
    private static readonly HashSet<uint> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    private long _rowsRead;
    private long _approxRows = 1;

    /// <summary>The package is unzipped as it is read, so progress counts rows against the sheet's declared dimension.</summary>
    public override long BytesRead => Length == 0 ? 0 : (long)(Length * Math.Min(1.0, _rowsRead / (double)_approxRows));

    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        return SheetNames(document);
    }

    public static IReadOnlyList<string> SheetNames(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { AutoSave = false });
        return SheetNames(document);
    }

    private static List<string> SheetNames(SpreadsheetDocument document) =>
        [.. document.WorkbookPart?.Workbook?.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? "") ?? []];

    public override IEnumerable<SourceRow> Rows(Action<CellNote>? notes = null, long fromRow = 1)
    {
        using var document = SpreadsheetDocument.Open(Stream, false, new OpenSettings { AutoSave = false });
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(s => settings.SheetName is null || s.Name?.Value == settings.SheetName) ?? sheets.FirstOrDefault();
        if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            yield break;
        }
        var shared = SharedStrings(workbook);
        var dates = DateStyles(workbook);
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (!reader.IsStartElement)
            {
                continue;
            }
            if (reader.ElementType == typeof(SheetDimension))
            {
                var dimension = (SheetDimension)reader.LoadCurrentElement()!;
                if (RowOf(dimension.Reference?.Value?.Split(':').LastOrDefault()) is { } rows and > 0)
                {
                    _approxRows = rows;
                }
            }
            else if (reader.ElementType == typeof(Row))
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (long)(row.RowIndex?.Value ?? (uint)(_rowsRead + 1));
                _rowsRead++;
                var cells = new List<string?>();
                var next = 1;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? ColumnOf(reference) : next;
                    if (column < next || column > 16_384)
                    {
                        column = next;
                    }
                    while (cells.Count < column - 1)
                    {
                        cells.Add(null);
                    }
                    if (cell.CellFormula is not null && number >= fromRow)
                    {
                        notes?.Invoke(new CellNote(number, column, CellNoteKind.Formula, "=" + cell.CellFormula.Text));
                    }
                    cells.Add(ValueOf(cell, shared, dates));
                    next = column + 1;
                }
                yield return new SourceRow(number, [.. cells]);
            }
            else if (reader.ElementType == typeof(MergeCell) && notes is not null)
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (merge.Reference?.Value is { } range)
                {
                    var parts = range.Split(':');
                    var firstRow = RowOf(parts[0]) ?? 0;
                    if ((RowOf(parts[^1]) ?? 0) >= fromRow)
                    {
                        notes(new CellNote(Math.Max(firstRow, fromRow), ColumnOf(parts[0]), CellNoteKind.MergedCells, range));
                    }
                }
            }
        }
    }

    private string? ValueOf(Cell cell, List<string> shared, HashSet<uint> dates)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : null;
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString is { } inline ? PlainText(inline) : raw;
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : raw == "0" ? "FALSE" : raw;
        }
        if (type == CellValues.String || type == CellValues.Error || raw is null)
        {
            return raw;
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return raw;
        }
        if (cell.StyleIndex?.Value is { } style && dates.Contains(style) && number is >= 0 and < 2958466)
        {
            var date = DateTime.FromOADate(number);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        }
        // A number, stored culture-invariant: write it in the reader's decimal notation.
        var text = number.ToString("0.###############", CultureInfo.InvariantCulture);
        return settings.Decimal == '.' ? text : text.Replace('.', settings.Decimal);
    }

    /// <summary>The visible text of a string item: its runs' text, without phonetic (ruby) annotations.</summary>
    private static string PlainText(OpenXmlElement item) =>
        string.Concat(item.Descendants<Text>().Where(t => t.Parent is not PhoneticRun).Select(t => t.Text));

    private static List<string> SharedStrings(WorkbookPart workbook)
    {
        var list = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
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

    /// <summary>Cell styles whose number format shows a date: Excel's built-in date formats and custom formats with day or year codes.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
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
    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var c in reference)
        {
            if (char.IsAsciiLetter(c))
            {
                n = n * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
            }
            else
            {
                break;
            }
        }
        return n;
    }

    /// <summary>"C7" → 7.</summary>
    private static long? RowOf(string? reference) =>
        reference is not null && long.TryParse(reference.AsSpan(reference.TakeWhile(char.IsAsciiLetter).Count()), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : null;
}
