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
