using System.Globalization;
using Circulair.Web.Platform.OpenXml;

namespace Circulair.Web.Features.Reports.Ccd;

/// <summary>A table of the report: a caption, its columns and typed rows (numbers stay numbers in the workbook).</summary>
public sealed record CcdTable(string Caption, string SheetName, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<CellModel>> Rows, IReadOnlyList<bool>? Numeric = null);

/// <summary>One of the declaration's four sections: what it says in sentences, and its tables. Empty parts are said, not left out.</summary>
public sealed record CcdSection(int Number, string Title, IReadOnlyList<string> Paragraphs, IReadOnlyList<CcdTable> Tables);

/// <summary>
/// The Circular Cities Declaration report of one trajectory (issue 16 item 3, decision 0312) as a plain model in the
/// declaration's four sections — strategy and governance; main actions with progress, impact and barriers; publicly
/// communicated targets; the monitoring system — and its two renderings: a Word document (<see cref="ToDocument"/>) and
/// a workbook with one sheet per table (<see cref="ToWorkbook"/>). Only <c>Platform/OpenXml</c> writes the files.
/// </summary>
public sealed record CcdReport(string Title, string Subtitle, string Language, IReadOnlyList<CcdSection> Sections)
{
    public DocumentModel ToDocument()
    {
        var blocks = new List<DocumentBlock> { new ParagraphBlock(Subtitle, Quiet: true) };
        foreach (var section in Sections)
        {
            blocks.Add(new HeadingBlock(1, $"{section.Number}. {section.Title}"));
            blocks.AddRange(section.Paragraphs.Select(p => new ParagraphBlock(p)));
            foreach (var table in section.Tables)
            {
                if (table.Rows.Count == 0)
                {
                    continue;
                }
                blocks.Add(new TableBlock(table.Caption, table.Headers, [.. table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Select(Shown)])], table.Numeric));
            }
        }
        return new DocumentModel(Title, Language, blocks);
    }

    public WorkbookModel ToWorkbook(string factsHeader) => new(
    [
        .. Sections.Select(s => new SheetModel(SheetName($"{s.Number} {s.Title}"), [new ColumnModel(factsHeader, 90, Wrap: true)],
            [.. s.Paragraphs.Select(p => (IReadOnlyList<CellModel>)[p])])),
        .. Sections.SelectMany(s => s.Tables.Select(t => new SheetModel(SheetName($"{s.Number} {t.SheetName}"),
            [.. t.Headers.Select((h, i) => new ColumnModel(h, t.Numeric is { } n && i < n.Count && n[i] ? 14 : 30, Wrap: !(t.Numeric is { } m && i < m.Count && m[i])))],
            t.Rows))),
    ]);

    /// <summary>A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string name)
    {
        var clean = new string([.. name.Select(c => c is ':' or '\\' or '/' or '?' or '*' or '[' or ']' ? ' ' : c)]).Trim();
        return clean.Length <= 31 ? clean : clean[..31].TrimEnd();
    }

    /// <summary>A cell as the reader's language writes it in a document.</summary>
    public static string Shown(CellModel cell) => cell.Kind switch
    {
        CellKind.Number => cell.Number.ToString("#,0.##", CultureInfo.CurrentCulture),
        CellKind.Date => cell.Date.ToString("d", CultureInfo.CurrentCulture),
        CellKind.Empty => "—",
        _ => cell.ToString(),
    };
}
