using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>How to read a file: the choices of the wizard's "Bestand" step, for the shared <see cref="TableReader"/>.</summary>
public sealed record ReadSettings(ImportFileKind Kind, string EncodingName, char Delimiter, NumberFormat Numbers, string? SheetName)
{
    public static ReadSettings Of(ScanImport import) => new(import.FileKind, import.EncodingName, import.Delimiter.Length > 0 ? import.Delimiter[0] : ';', import.NumberFormat, import.SheetName);

    /// <summary>Spreadsheet numbers are written back in the import's decimal notation, so one number reader serves both kinds of file.</summary>
    public TableReadSettings Table => new(Kind == ImportFileKind.Xlsx ? TableFileKind.Xlsx : TableFileKind.Csv, EncodingName, Delimiter, Numbers.Decimal, SheetName);
}

/// <summary>The scan's problems for what the table reader notes about cells (formulas, merged cells).</summary>
public static class CellNotes
{
    public static ImportProblem ToProblem(CellNote note) =>
        new(note.Row, note.Column, note.Kind == CellNoteKind.Formula ? ImportProblemKind.Formula : ImportProblemKind.MergedCells, note.Text);
}
