using System.Globalization;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// A workbook as a feature describes it before any file exists: sheets of typed columns and rows of cells.
/// Features build this plain model (and test it without a file); <see cref="XlsxTableWriter"/> turns it into
/// an .xlsx. Rows are enumerated once, while the file is written, so a feature can stream them.
/// </summary>
public sealed record WorkbookModel(IReadOnlyList<SheetModel> Sheets);

/// <param name="Name">The tab's name: at most 31 characters, none of : \ / ? * [ ].</param>
/// <param name="Columns">Header texts and widths; every row has at most this many cells.</param>
/// <param name="Rows">Data rows below the header row.</param>
public sealed record SheetModel(string Name, IReadOnlyList<ColumnModel> Columns, IEnumerable<IReadOnlyList<CellModel>> Rows);

/// <param name="Width">Column width in characters of the default font.</param>
/// <param name="Wrap">Wrap long text (notes) instead of running over the next cells.</param>
/// <param name="Choices">
/// The values a cell of this column may take, offered as a drop-down list (Excel's data validation) on every data
/// row. At most 255 characters together, none with a comma or a double quote (the list is written inline).
/// </param>
/// <param name="Derived">
/// The column shows what follows from other data, and an import does not read it back: in an .xlsx its cells are
/// locked (sheet protection without a password, sorting and filtering still allowed) so an edit is not silently lost.
/// </param>
public sealed record ColumnModel(string Header, double Width = 16, bool Wrap = false, IReadOnlyList<string>? Choices = null, bool Derived = false);

public enum CellKind
{
    Empty,
    Text,
    Number,
    Date,

    /// <summary>A moment (local wall-clock time, as the reader expects it), kept in <see cref="CellModel.Number"/> as an OLE Automation date.</summary>
    DateTime,
}

/// <summary>One typed cell value. Numbers stay numbers and dates stay dates in the file, so filters and sums work.</summary>
public readonly record struct CellModel(CellKind Kind, string? Text, double Number, DateOnly Date)
{
    public static readonly CellModel Empty = default;

    public static CellModel Of(string? text) => string.IsNullOrEmpty(text) ? Empty : new(CellKind.Text, text, 0, default);

    public static CellModel Of(double? number) => number is { } n ? new(CellKind.Number, null, n, default) : Empty;

    public static CellModel Of(DateOnly? date) => date is { } d ? new(CellKind.Date, null, 0, d) : Empty;

    /// <summary>A local date and time (convert from UTC first: a spreadsheet has no time zones), to the minute.</summary>
    public static CellModel Of(DateTime? local) => local is { } t
        ? new(CellKind.DateTime, null, new DateTime(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0, DateTimeKind.Unspecified).ToOADate(), default)
        : Empty;

    public static implicit operator CellModel(string? text) => Of(text);

    public static implicit operator CellModel(int number) => Of(number);

    public static implicit operator CellModel(double number) => Of(number);

    public override string ToString() => Kind switch
    {
        CellKind.Text => Text!,
        CellKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        CellKind.Date => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        CellKind.DateTime => System.DateTime.FromOADate(Number).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => "",
    };
}

/// <summary>
/// A sheet as read from a file: the first row as headers, then the data rows as text. Numbers come as
/// invariant text ("3", "1.5"), date cells as "yyyy-MM-dd". Completely blank rows are skipped;
/// every row has at least as many cells as there are headers (missing ones are null).
/// </summary>
/// <param name="HasMoreRows">The file had more data rows than the reader was asked to read.</param>
public sealed record SheetTable(IReadOnlyList<string?> Headers, IReadOnlyList<SheetTableRow> Rows, bool HasMoreRows);

/// <param name="Number">The row number a spreadsheet program shows (the header is row 1), for messages.</param>
public sealed record SheetTableRow(int Number, IReadOnlyList<string?> Cells);

/// <summary>
/// A file that cannot be read as a table. <see cref="MessageKey"/> is a resource key ("Spreadsheet.*") that
/// explains it in the user's language.
/// </summary>
public sealed class TableFileException(string messageKey, params object[] arguments) : Exception(messageKey)
{
    public string MessageKey { get; } = messageKey;
    public IReadOnlyList<object> Arguments { get; } = arguments;
}
