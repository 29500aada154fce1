using System.Globalization;
using Circulair.Scan;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Columns = Circulair.Scan.Columns;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>One row of a file as text cells (index 0 = column A), numbered as the file shows it.</summary>
public sealed record SourceRow(long Number, string?[] Cells);

/// <summary>How to read a file: the choices of the wizard's "Bestand" step.</summary>
public sealed record ReadSettings(ImportFileKind Kind, string EncodingName, char Delimiter, NumberFormat Numbers, string? SheetName)
{
    public static ReadSettings Of(ScanImport import) => new(import.FileKind, import.EncodingName, import.Delimiter.Length > 0 ? import.Delimiter[0] : ';', import.NumberFormat, import.SheetName);
}

/// <summary>
/// Streams the rows of an uploaded CSV or XLSX file; never holds the whole file. CSV goes through CsvHelper's
/// parser with the chosen encoding and delimiter; XLSX through the Open XML SDK's SAX reader (one row element
/// at a time), which also reports formulas and merged cells as problems. Spreadsheet numbers are written back
/// in the import's decimal notation, so one number reader serves both kinds of file.
/// </summary>
public abstract class TabularReader : IDisposable
{
    protected TabularReader(Stream stream)
    {
        Stream = stream;
    }

    protected Stream Stream { get; }

    /// <summary>Bytes of the file consumed so far (for the progress bar).</summary>
    public virtual long BytesRead => Stream.CanSeek ? Stream.Position : 0;

    public long Length => Stream.CanSeek ? Stream.Length : 0;

    /// <summary>Problems found while reading (formulas, merged cells); reported from row <paramref name="fromRow"/> on.</summary>
    public abstract IEnumerable<SourceRow> Rows(Action<ImportProblem>? problems = null, long fromRow = 1);

    public static TabularReader Open(string path, ReadSettings settings) => settings.Kind switch
    {
        ImportFileKind.Xlsx => new XlsxReader(File.OpenRead(path), settings),
        _ => new CsvRowReader(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), settings),
    };

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Stream.Dispose();
        }
    }
}

public sealed class CsvRowReader(Stream stream, ReadSettings settings) : TabularReader(stream)
{
    public override IEnumerable<SourceRow> Rows(Action<ImportProblem>? problems = null, long fromRow = 1)
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
            // Codes, names, years and most values repeat: one string per distinct field instead of one per cell.
            CacheFields = true,
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
}

public sealed class XlsxReader(Stream stream, ReadSettings settings) : TabularReader(stream)
{
    private long _rowsRead;
    private long _approxRows = 1;

    /// <summary>The package is unzipped as it is read, so progress counts rows against the sheet's declared dimension.</summary>
    public override long BytesRead => Length == 0 ? 0 : (long)(Length * Math.Min(1.0, _rowsRead / (double)_approxRows));

    public static IReadOnlyList<string> SheetNames(string path)
    {
        using var doc = SpreadsheetDocument.Open(path, false);
        return [.. doc.WorkbookPart?.Workbook.Sheets?.Elements<Sheet>().Select(s => s.Name?.Value ?? "") ?? []];
    }

    public override IEnumerable<SourceRow> Rows(Action<ImportProblem>? problems = null, long fromRow = 1)
    {
        using var doc = SpreadsheetDocument.Open(Stream, false);
        var workbook = doc.WorkbookPart ?? throw new InvalidDataException("No workbook part.");
        var sheets = workbook.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = sheets.FirstOrDefault(s => settings.SheetName is null || s.Name?.Value == settings.SheetName) ?? sheets.FirstOrDefault();
        if (sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
        {
            yield break;
        }
        var shared = ReadSharedStrings(workbook);
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SheetDimension) && reader.IsStartElement)
            {
                var dimension = (SheetDimension)reader.LoadCurrentElement()!;
                var last = dimension.Reference?.Value?.Split(':').LastOrDefault() ?? "";
                if (long.TryParse(new string(last.SkipWhile(char.IsLetter).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var rows) && rows > 0)
                {
                    _approxRows = rows;
                }
            }
            else if (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                var number = (long)(row.RowIndex?.Value ?? (uint)(_rowsRead + 1));
                _rowsRead++;
                var cells = new List<string?>();
                var next = 1;
                foreach (var cell in row.Elements<Cell>())
                {
                    var column = cell.CellReference?.Value is { } reference ? Columns.Number(new string(reference.TakeWhile(char.IsLetter).ToArray())) : next;
                    if (column < next)
                    {
                        column = next;
                    }
                    while (cells.Count < column - 1)
                    {
                        cells.Add(null);
                    }
                    if (cell.CellFormula is not null && number >= fromRow)
                    {
                        problems?.Invoke(new ImportProblem(number, column, ImportProblemKind.Formula, "=" + cell.CellFormula.Text));
                    }
                    cells.Add(ValueOf(cell, shared));
                    next = column + 1;
                }
                yield return new SourceRow(number, [.. cells]);
            }
            else if (reader.ElementType == typeof(MergeCell) && reader.IsStartElement)
            {
                var merge = (MergeCell)reader.LoadCurrentElement()!;
                if (merge.Reference?.Value is { } range && problems is not null)
                {
                    var parts = range.Split(':');
                    var lastRow = long.TryParse(new string(parts[^1].SkipWhile(char.IsLetter).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
                    var firstRow = long.TryParse(new string(parts[0].SkipWhile(char.IsLetter).ToArray()), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0;
                    if (lastRow >= fromRow)
                    {
                        problems(new ImportProblem(Math.Max(firstRow, fromRow), Columns.Number(new string(parts[0].TakeWhile(char.IsLetter).ToArray())), ImportProblemKind.MergedCells, range));
                    }
                }
            }
        }
    }

    private string? ValueOf(Cell cell, List<string> shared)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : null;
        }
        if (type == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }
        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }
        if (type == CellValues.String || type == CellValues.Error)
        {
            return raw;
        }
        if (raw is null)
        {
            return null;
        }
        // A number, stored culture-invariant: write it in the import's own notation.
        if (double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
        {
            var text = d.ToString("0.###############", CultureInfo.InvariantCulture);
            return settings.Numbers.Decimal == '.' ? text : text.Replace('.', settings.Numbers.Decimal);
        }
        return raw;
    }

    private static List<string> ReadSharedStrings(WorkbookPart workbook)
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
                list.Add(((SharedStringItem)reader.LoadCurrentElement()!).InnerText);
            }
        }
        return list;
    }
}
