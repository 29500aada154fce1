using Circulair.Imports;
using Circulair.Stakeholders.Import;

namespace Circulair.Library.Import;

/// <summary>What a library import compares against: the keys the merged catalogue already has (a row with one of them replaces it).</summary>
public sealed record LibraryImportContext(IReadOnlySet<string> ExistingKeys);

/// <summary>One checked row of a library sheet: the case or call it holds, or its problems; and whether it replaces an existing key.</summary>
public sealed record LibrarySheetRow<T>(int RowNumber, string Key, string Name, T? Item, IReadOnlyList<CaseRowProblem> Problems, bool Replaces) : ICheckedRow
    where T : class
{
    public bool IsValid => Problems.Count == 0 && Item is not null;
}

/// <summary>A checked case or funding sheet: the required columns it lacks (a file problem), every row, and the headers it does not read.</summary>
public sealed record LibrarySheetPlan<T>(IReadOnlyList<string> MissingColumns, bool NoRows, IReadOnlyList<LibrarySheetRow<T>> Rows, IReadOnlyList<string> IgnoredHeaders)
    : ICheckedPlan where T : class
{
    public int FileProblemCount => MissingColumns.Count + (NoRows ? 1 : 0);

    public IReadOnlyList<ICheckedRow> CheckedRows => Rows;

    public int Adds => Rows.Count(r => r.IsValid && !r.Replaces);

    public int Replacements => Rows.Count(r => r.IsValid && r.Replaces);
}

/// <summary>
/// The instance administrator's CSV (or XLSX) import of cases or funding calls through the checked-import kernel
/// (decision 0233, made instance-wide by 0285): the same columns and row checks as the shipped files
/// (<see cref="CaseLibrary.CheckRow"/>, <see cref="FundingCatalogue.CheckRow"/>), a key may appear once per file, and
/// a key the catalogue has already is replaced rather than refused. Pure: it writes nothing.
/// </summary>
public sealed class LibrarySheetImport<T> : ICheckedImport<LibraryImportContext, LibrarySheetPlan<T>> where T : class
{
    private readonly IReadOnlyList<string> _columns;
    private readonly IReadOnlyList<string> _required;
    private readonly string _nameColumn;
    private readonly Func<int, Func<string, string>, (T? Item, IReadOnlyList<CaseRowProblem> Problems)> _check;

    internal LibrarySheetImport(IReadOnlyList<string> columns, IReadOnlyList<string> required, string nameColumn,
        Func<int, Func<string, string>, (T?, IReadOnlyList<CaseRowProblem>)> check)
    {
        (_columns, _required, _nameColumn, _check) = (columns, required, nameColumn, check);
    }

    public LibrarySheetPlan<T> Check(SheetContent sheet, LibraryImportContext context)
    {
        var headers = sheet.Headers.Select(h => (h ?? "").Trim().ToLowerInvariant()).ToList();
        var missing = _required.Where(c => !headers.Contains(c)).ToList();
        var ignored = headers.Where(h => h.Length > 0 && !_columns.Contains(h)).Distinct().ToList();
        if (missing.Count > 0)
        {
            return new LibrarySheetPlan<T>(missing, false, [], ignored);
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var rows = new List<LibrarySheetRow<T>>();
        foreach (var row in sheet.Rows)
        {
            string Field(string name)
            {
                var index = headers.IndexOf(name);
                return index >= 0 && index < row.Cells.Count ? (row.Cells[index] ?? "").Trim() : "";
            }
            var (item, problems) = _check(row.Number, Field);
            var key = Field("key");
            if (key.Length > 0 && !seen.Add(key))
            {
                problems = [.. problems, new CaseRowProblem(row.Number, "key", "Library.Problem.KeyTwice")];
                item = null;
            }
            rows.Add(new LibrarySheetRow<T>(row.Number, key, Field(_nameColumn), problems.Count == 0 ? item : null, problems, context.ExistingKeys.Contains(key)));
        }
        return new LibrarySheetPlan<T>([], rows.Count == 0, rows, ignored);
    }
}

/// <summary>The two library imports.</summary>
public static class LibrarySheetImports
{
    /// <summary>Rows per file at most: a whole instance library (issue 18 speaks of 5,000 items) fits in one file.</summary>
    public const int MaxRows = 6000;

    public static LibrarySheetImport<LibraryCase> Cases { get; } =
        new(CaseLibrary.Columns, CaseLibrary.RequiredColumns, "title_nl", (row, field) => CaseLibrary.CheckRow(row, field, fromGuide: false));

    public static LibrarySheetImport<FundingCall> Funding { get; } =
        new(FundingCatalogue.Columns, FundingCatalogue.RequiredColumns, "name_nl", FundingCatalogue.CheckRow);
}
