using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// Writes one <see cref="SheetModel"/> as CSV the way a spreadsheet program in Belgium reads it: UTF-8 with a byte
/// order mark, ';' between values, numbers in the reader's notation (a decimal comma in Dutch), dates as yyyy-mm-dd
/// (which <see cref="CsvTableReader"/> and every spreadsheet program read back as dates), formula-like text guarded
/// (<see cref="Guard"/>). Rows are enumerated once.
/// </summary>
public static class CsvTableWriter
{
    public const string ContentType = "text/csv";

    public static void Write(Stream output, SheetModel sheet, CultureInfo culture)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true);
        using var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", NewLine = "\r\n" });
        foreach (var column in sheet.Columns)
        {
            csv.WriteField(column.Header);
        }
        csv.NextRecord();
        foreach (var row in sheet.Rows)
        {
            for (var i = 0; i < sheet.Columns.Count; i++)
            {
                var cell = i < row.Count ? row[i] : CellModel.Empty;
                csv.WriteField(cell.Kind switch
                {
                    CellKind.Number => cell.Number.ToString("0.############", culture),
                    CellKind.Date => cell.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    CellKind.Text => Guard(XlsxTableWriter.Sanitise(cell.Text!)),
                    _ => "",
                });
            }
            csv.NextRecord();
        }
    }

    /// <summary>
    /// A text that a spreadsheet program would run as a formula (=, +, @, a tab or carriage return first) gets a leading
    /// apostrophe, which shows it as text; <see cref="CsvTableReader"/> takes it off again on import.
    /// </summary>
    public static string Guard(string text) => text.Length > 0 && text[0] is '=' or '+' or '@' or '\t' or '\r' ? "'" + text : text;

    public static byte[] ToBytes(SheetModel sheet, CultureInfo culture)
    {
        using var memory = new MemoryStream();
        Write(memory, sheet, culture);
        return memory.ToArray();
    }
}
