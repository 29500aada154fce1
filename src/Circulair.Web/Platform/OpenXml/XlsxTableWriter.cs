using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Writes a <see cref="WorkbookModel"/> as an .xlsx that opens cleanly in Excel and LibreOffice: one tab per
/// sheet, a bold header row that stays in view (frozen), column widths, an autofilter on the header, numbers
/// as numbers and dates as dates (yyyy-mm-dd). Sheet data is streamed with <see cref="OpenXmlWriter"/>, so a
/// large register never sits in memory as a DOM. Text is written as inline strings: no shared-string table to
/// build first, and what is in a cell is always a value, never a formula. Columns with
/// <see cref="ColumnModel.Choices"/> get a drop-down list on their data rows. A sheet with
/// <see cref="ColumnModel.Derived"/> columns is protected (no password): those columns are locked, the others stay
/// editable, sorting and filtering keep working.
/// </summary>
public static class XlsxTableWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Excel's limit for one cell's text.</summary>
    public const int MaxCellText = 32_767;

    private const uint HeaderStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;
    private const uint DateTimeStyle = 4;

    /// <summary>Styles 5–9 are 0–4 unlocked: the editable cells of a protected sheet.</summary>
    private const uint Unlocked = 5;

    /// <summary>Writes the workbook to <paramref name="output"/>. The package needs a seekable stream; write to a MemoryStream for an HTTP response.</summary>
    public static void Write(Stream output, WorkbookModel workbook)
    {
        if (workbook.Sheets.Count == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(workbook));
        }
        foreach (var sheet in workbook.Sheets)
        {
            CheckSheetName(sheet.Name);
            foreach (var column in sheet.Columns.Where(c => c.Choices is not null))
            {
                CheckChoices(column);
            }
        }
        if (workbook.Sheets.Select(s => s.Name.ToUpperInvariant()).Distinct().Count() != workbook.Sheets.Count)
        {
            throw new ArgumentException("Sheet names must be unique.", nameof(workbook));
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        var stylesPart = workbookPart.AddNewPart<WorkbookStylesPart>();
        stylesPart.Stylesheet = Styles();

        var sheets = new Sheets();
        var definedNames = new DefinedNames();
        for (var index = 0; index < workbook.Sheets.Count; index++)
        {
            var sheet = workbook.Sheets[index];
            var part = workbookPart.AddNewPart<WorksheetPart>();
            var lastRow = WriteSheet(part, sheet, index == 0);
            sheets.Append(new Sheet { Name = sheet.Name, SheetId = (uint)(index + 1), Id = workbookPart.GetIdOfPart(part) });
            // Excel keeps an autofilter's range in this hidden name as well; without it some versions "repair" the file.
            definedNames.Append(new DefinedName($"'{sheet.Name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(sheet.Columns.Count)}${lastRow}")
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = (uint)index,
                Hidden = true,
            });
        }
        workbookPart.Workbook = new Workbook(sheets, definedNames);
        workbookPart.Workbook.Save();
    }

    public static byte[] ToBytes(WorkbookModel workbook)
    {
        using var memory = new MemoryStream();
        Write(memory, workbook);
        return memory.ToArray();
    }

    private static int WriteSheet(WorksheetPart part, SheetModel sheet, bool selected)
    {
        var columnCount = Math.Max(1, sheet.Columns.Count);
        var references = Enumerable.Range(1, columnCount).Select(ColumnName).ToArray();
        var protect = sheet.Columns.Any(c => c.Derived);
        var unlocked = sheet.Columns.Select(c => protect && !c.Derived).ToArray();
        var styles = sheet.Columns.Select((c, i) => (c.Wrap ? WrapStyle : 0u) + (unlocked[i] ? Unlocked : 0u)).ToArray();
        uint Style(int column, uint style) => column < unlocked.Length && unlocked[column] ? style + Unlocked : style;

        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        {
            TabSelected = selected,
            WorkbookViewId = 0,
        }));
        if (sheet.Columns.Count > 0)
        {
            writer.WriteElement(new Columns(sheet.Columns.Select((c, i) =>
            {
                var column = new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = c.Width, CustomWidth = true };
                if (unlocked[i])
                {
                    // Cells not written (empty ones) take the column's style: editable too.
                    column.Style = styles[i];
                }
                return column;
            })));
        }
        writer.WriteStartElement(new SheetData());

        StartRow(writer, 1);
        for (var i = 0; i < sheet.Columns.Count; i++)
        {
            writer.WriteElement(TextCell(references[i] + "1", sheet.Columns[i].Header, HeaderStyle));
        }
        writer.WriteEndElement();

        var rowNumber = 1;
        foreach (var row in sheet.Rows)
        {
            rowNumber++;
            if (row.Count > columnCount)
            {
                throw new ArgumentException($"Row {rowNumber} of sheet '{sheet.Name}' has more cells than columns.", nameof(sheet));
            }
            var r = rowNumber.ToString(CultureInfo.InvariantCulture);
            StartRow(writer, rowNumber);
            for (var i = 0; i < row.Count; i++)
            {
                var cell = row[i];
                var reference = references[i] + r;
                var style = i < styles.Length ? styles[i] : 0u;
                switch (cell.Kind)
                {
                    case CellKind.Text:
                        writer.WriteElement(TextCell(reference, cell.Text!, style));
                        break;
                    case CellKind.Number:
                        var number = new Cell { CellReference = reference, CellValue = new CellValue(cell.Number.ToString("R", CultureInfo.InvariantCulture)) };
                        if (Style(i, 0) != 0)
                        {
                            number.StyleIndex = Style(i, 0);
                        }
                        writer.WriteElement(number);
                        break;
                    case CellKind.Date:
                        var serial = cell.Date.ToDateTime(TimeOnly.MinValue).ToOADate();
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = Style(i, DateStyle), CellValue = new CellValue(serial.ToString("R", CultureInfo.InvariantCulture)) });
                        break;
                    case CellKind.DateTime:
                        writer.WriteElement(new Cell { CellReference = reference, StyleIndex = Style(i, DateTimeStyle), CellValue = new CellValue(cell.Number.ToString("R", CultureInfo.InvariantCulture)) });
                        break;
                }
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement(); // sheetData
        if (protect)
        {
            // No password: the lock says "derived, not read back", it does not keep anyone out. False means "allowed".
            writer.WriteElement(new SheetProtection { Sheet = true, Sort = false, AutoFilter = false, FormatColumns = false, FormatRows = false });
        }
        writer.WriteElement(new AutoFilter { Reference = $"A1:{references[^1]}{rowNumber}" });
        WriteChoices(writer, sheet, references, Math.Max(2, rowNumber));
        writer.WriteEndElement(); // worksheet
        return rowNumber;
    }

    /// <summary>A list validation per column with choices, over its data rows: Excel shows a drop-down and refuses other values.</summary>
    private static void WriteChoices(OpenXmlWriter writer, SheetModel sheet, string[] references, int lastRow)
    {
        var lists = sheet.Columns.Select((c, i) => (Column: c, Index: i)).Where(x => x.Column.Choices is { Count: > 0 }).ToList();
        if (lists.Count == 0)
        {
            return;
        }
        var validations = new DataValidations { Count = (uint)lists.Count };
        foreach (var (column, index) in lists)
        {
            var range = $"{references[index]}2:{references[index]}{lastRow.ToString(CultureInfo.InvariantCulture)}";
            validations.Append(new DataValidation(new Formula1("\"" + string.Join(',', column.Choices!) + "\""))
            {
                Type = DataValidationValues.List,
                AllowBlank = true,
                ShowErrorMessage = true,
                SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
            });
        }
        writer.WriteElement(validations);
    }

    private static void CheckChoices(ColumnModel column)
    {
        var choices = column.Choices!;
        if (choices.Any(c => c.Length == 0 || c.Contains(',', StringComparison.Ordinal) || c.Contains('"', StringComparison.Ordinal))
            || string.Join(',', choices).Length > 255)
        {
            throw new ArgumentException($"The choices of column '{column.Header}' cannot be written as an inline list.", nameof(column));
        }
    }

    private static void StartRow(OpenXmlWriter writer, int number) =>
        writer.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", number.ToString(CultureInfo.InvariantCulture))]);

    private static Cell TextCell(string reference, string text, uint style)
    {
        var cell = new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(Sanitise(text)) { Space = SpaceProcessingModeValues.Preserve }),
        };
        if (style != 0)
        {
            cell.StyleIndex = style;
        }
        return cell;
    }

    /// <summary>XML 1.0 cannot carry most control characters; a cell cannot hold more than 32,767 characters.</summary>
    internal static string Sanitise(string text)
    {
        var clean = text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF')
            ? new string([.. text.Where(c => !(c < 0x20 && c is not ('\t' or '\n' or '\r') || c is '\uFFFE' or '\uFFFF'))])
            : text;
        return clean.Length > MaxCellText ? clean[..MaxCellText] : clean;
    }

    /// <summary>1 → A, 26 → Z, 27 → AA.</summary>
    public static string ColumnName(int number)
    {
        var sb = new StringBuilder();
        for (var n = number; n > 0; n = (n - 1) / 26)
        {
            sb.Insert(0, (char)('A' + (n - 1) % 26));
        }
        return sb.ToString();
    }

    private static void CheckSheetName(string name)
    {
        if (name.Length is 0 or > 31 || name.IndexOfAny([':', '\\', '/', '?', '*', '[', ']']) >= 0 || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"'{name}' is not a valid sheet name.", nameof(name));
        }
    }

    private static CellFormat Editable(CellFormat format)
    {
        format.ApplyProtection = true;
        format.Append(new Protection { Locked = false });
        return format;
    }

    /// <summary>Style 0 default, 1 bold header, 2 date (yyyy-mm-dd), 3 wrapped text aligned to the top, 4 date and time (yyyy-mm-dd hh:mm); 5–9 the same, unlocked.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "yyyy-mm-dd hh:mm" })
        { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true },
            new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            Editable(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 }),
            Editable(new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }),
            Editable(new CellFormat { NumberFormatId = 164, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }),
            Editable(new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true }),
            Editable(new CellFormat { NumberFormatId = 165, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }))
        { Count = 10 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
