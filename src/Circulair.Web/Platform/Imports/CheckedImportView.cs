namespace Circulair.Web.Platform.Imports;

/// <summary>One change the preview lists for a row (the action table's "Status: Gepland → Lopend").</summary>
public sealed record PreviewChange(string Column, string Text);

/// <summary>
/// One row of the preview table: its problems (the row is refused), or what will happen, as one sentence
/// (<paramref name="Outcome"/>) or a list of changes.
/// </summary>
public sealed record PreviewRow(int Number, string? Name, IReadOnlyList<string> Problems, string? Outcome, IReadOnlyList<PreviewChange> Changes)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>A remark above the preview table (a warning with an id tests and readers can find).</summary>
public sealed record PreviewNotice(string Id, string Text);

/// <summary>
/// What the shared view of a checked import (<c>Features/Shared/_CheckedImport.cshtml</c>) shows: the result of the
/// last write, the preview of a checked file with its confirmation form, and the upload form. Texts come from the
/// import's own keys under <see cref="Prefix"/>; the page supplies what only it knows (counts, rows, rules).
/// </summary>
/// <param name="Prefix">The import's message keys, e.g. "Stakeholders.Import".</param>
/// <param name="Action">The page's URL: the upload posts to it, the confirmation to its <c>Confirm</c> handler.</param>
/// <param name="BackUrl">Where "Annuleren" and the link after a write go.</param>
/// <param name="BackText">The text of the link back after a write.</param>
/// <param name="ExportUrl">The export to start from.</param>
/// <param name="NameHeader">The header of the preview's second column (what names a row).</param>
/// <param name="Rules">Keys of the rules listed above the upload form.</param>
/// <param name="Done">The message after a write, or null.</param>
/// <param name="Plan">Null before a file was checked (or when the file itself was refused).</param>
public sealed record CheckedImportView(
    string Prefix,
    string Action,
    string BackUrl,
    string BackText,
    string ExportUrl,
    string NameHeader,
    IReadOnlyList<string> Rules,
    long MaxUploadBytes,
    int MaxRows,
    string? Done,
    CheckedImportPreview? Plan);

/// <param name="Counts">The count lines above the table, already in words.</param>
/// <param name="Rows">Every row that changes something or has a problem; the view puts problems first.</param>
public sealed record CheckedImportPreview(
    string? FileName,
    string? DraftId,
    bool HasFileProblems,
    IReadOnlyList<string> Counts,
    IReadOnlyList<string> IgnoredHeaders,
    IReadOnlyList<PreviewNotice> Notices,
    IReadOnlyList<PreviewRow> Rows);
