using Circulair.Scan;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>One row of a file as text cells (index 0 = column A), numbered as the file shows it.</summary>
public sealed record SourceRow(long Number, string?[] Cells);

public enum CellNoteKind
{
    /// <summary>A formula: the reader gives its cached value, which may not be what the person sees after a recalculation.</summary>
    Formula = 1,

    /// <summary>Merged cells: only the first cell of the range holds the value.</summary>
    MergedCells = 2,
}

/// <summary>Something about a cell that an import may want to report (the reader itself reads on).</summary>
public sealed record CellNote(long Row, int Column, CellNoteKind Kind, string Text);

/// <summary>
/// How to read a file. For CSV the encoding and delimiter (see <see cref="FormatDetector.DetectText"/>); for
/// XLSX the sheet (null or unknown: the first) and the decimal separator its numbers are written back with, so
/// that one number reader serves both kinds of file.
/// </summary>
public sealed record TableReadSettings(TableFileKind Kind, string EncodingName = FormatDetector.Utf8, char Delimiter = ';', char Decimal = '.', string? SheetName = null);

/// <summary>
/// The one table reader of every import (the spreadsheet imports through <see cref="TableFile"/>, the scan import
/// directly): streams the rows of a CSV or XLSX file as text cells with their row numbers, never holding the whole
/// file. Blank rows are given too (as the file has them); callers that want a header and data rows skip them.
/// CSV goes through CsvHelper's parser; XLSX through the Open XML SDK's SAX reader, one row element at a time.
/// </summary>
public abstract class TableReader : IDisposable
{
    protected TableReader(Stream stream)
    {
        Stream = stream;
    }

    protected Stream Stream { get; }

    /// <summary>Bytes of the file consumed so far (for a progress bar).</summary>
    public virtual long BytesRead => Stream.CanSeek ? Stream.Position : 0;

    public long Length => Stream.CanSeek ? Stream.Length : 0;

    /// <summary>The rows in file order. Formulas and merged cells from row <paramref name="fromRow"/> on are told to <paramref name="notes"/>.</summary>
    public abstract IEnumerable<SourceRow> Rows(Action<CellNote>? notes = null, long fromRow = 1);

    /// <summary>Reads from <paramref name="stream"/>, which the reader owns and disposes.</summary>
    public static TableReader Open(Stream stream, TableReadSettings settings) => settings.Kind switch
    {
        TableFileKind.Xlsx => new XlsxTableReader(stream, settings),
        _ => new CsvTableReader(stream, settings),
    };

    public static TableReader Open(string path, TableReadSettings settings) => Open(
        settings.Kind == TableFileKind.Xlsx
            ? File.OpenRead(path)
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
        settings);

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
