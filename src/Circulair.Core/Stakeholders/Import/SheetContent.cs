namespace Circulair.Stakeholders.Import;

/// <summary>The cells of a sheet as read from a file, without any format: what the checks and the draft work on.</summary>
public sealed record SheetContent(IReadOnlyList<string?> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>One row of a sheet. <paramref name="Number"/> is the row number as the spreadsheet shows it (the header is row 1).</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells);
