namespace Circulair.Web.Platform.OpenXml;

/// <summary>
/// A text document as a feature describes it before any file exists: a title and a flow of headings,
/// paragraphs, bullet lists and tables. Features build this plain model (and can test it without a file);
/// <see cref="DocxWriter"/> turns it into a .docx. Everything is text: a feature formats its numbers and
/// times in the reader's language before handing them over.
/// </summary>
/// <param name="Title">The document's title: the first line, and the title in the file's properties.</param>
/// <param name="Language">The language tag of the text ("nl-BE"), so spelling checkers and screen readers pick the right one.</param>
public sealed record DocumentModel(string Title, string Language, IReadOnlyList<DocumentBlock> Blocks);

public abstract record DocumentBlock;

/// <param name="Level">1 to 3.</param>
public sealed record HeadingBlock(int Level, string Text) : DocumentBlock;

/// <summary>A paragraph; line breaks in the text stay line breaks.</summary>
/// <param name="Quiet">Smaller, grey type for meta lines (times, counts).</param>
public sealed record ParagraphBlock(string Text, bool Quiet = false) : DocumentBlock;

public sealed record BulletListBlock(IReadOnlyList<string> Items) : DocumentBlock;

/// <summary>
/// A table with a caption above it and a header row that repeats on every page.
/// <paramref name="Numeric"/> marks the columns to align right (counts, means); it may be shorter than the headers.
/// </summary>
public sealed record TableBlock(string Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<bool>? Numeric = null) : DocumentBlock
{
    public bool IsNumeric(int column) => Numeric is not null && column < Numeric.Count && Numeric[column];
}

/// <summary>Starts a new page (after a title page, before a chapter that should open on its own page).</summary>
public sealed record PageBreakBlock : DocumentBlock;

/// <summary>
/// A table of contents of the headings (levels 1–3). In Word it is a TOC field that Word fills in when the file opens
/// (the writer asks for that in the settings); the HTML view lists the headings with links.
/// </summary>
/// <param name="Heading">The line above the contents ("Inhoud"), not itself a heading, so it does not list itself.</param>
/// <param name="Placeholder">What a reader sees before the field is updated (a reader that does not update fields).</param>
public sealed record TableOfContentsBlock(string Heading, string Placeholder) : DocumentBlock;

/// <summary>
/// A chart as data: the HTML view draws it as SVG with its data table; for Word it becomes a PNG image followed by its
/// data table (see <see cref="ImageBlock"/> and Platform/Charts/ChartPng).
/// </summary>
public sealed record ChartBlock(Circulair.Web.Platform.Charts.ChartModel Chart) : DocumentBlock;

/// <summary>A PNG image at a given size in pixels (96 per inch), with a description for screen readers (alt text) and an optional caption above it.</summary>
public sealed record ImageBlock(byte[] Png, int WidthPx, int HeightPx, string Description, string? Caption = null) : DocumentBlock;
