namespace Circulair.Library;

/// <summary>A problem with one row of a case or funding file: the spreadsheet row, the column and a message key.</summary>
public sealed record CaseRowProblem(int Row, string Column, string MessageKey);
