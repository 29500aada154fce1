using Circulair.Stakeholders.Import;

namespace Circulair.Imports;

/// <summary>
/// The kernel every checked spreadsheet import plugs into (decision 0233): the web layer reads a file into
/// <see cref="SheetContent"/> (one table reader for every import), loads what the import compares against once as
/// <typeparamref name="TContext"/>, and calls <see cref="Check"/>, which is pure: it reads every row, gives each row
/// its problems (with row and column) or its planned change, and writes nothing. The preview shows the plan; only a
/// plan that <see cref="CheckedPlan.CanApply"/> is committed, in one save, after the person confirms.
/// </summary>
public interface ICheckedImport<in TContext, out TPlan> where TPlan : ICheckedPlan
{
    TPlan Check(SheetContent sheet, TContext context);
}

/// <summary>One row of a checked sheet: its number as the spreadsheet shows it, and whether it passed every check.</summary>
public interface ICheckedRow
{
    int RowNumber { get; }

    bool IsValid { get; }
}

/// <summary>The outcome of checking a whole sheet: problems with the file as a whole, and every row.</summary>
public interface ICheckedPlan
{
    int FileProblemCount { get; }

    IReadOnlyList<ICheckedRow> CheckedRows { get; }

    /// <summary>Headers the import does not read (unknown, or derived from other data).</summary>
    IReadOnlyList<string> IgnoredHeaders { get; }
}

/// <summary>The one rule of every checked import: nothing is written unless the file and every row pass.</summary>
public static class CheckedPlan
{
    public static bool CanApply(this ICheckedPlan plan) =>
        plan.FileProblemCount == 0 && plan.CheckedRows.Count > 0 && plan.CheckedRows.All(r => r.IsValid);

    public static int RowsWithProblems(this ICheckedPlan plan) => plan.CheckedRows.Count(r => !r.IsValid);
}
