using System.Globalization;
using System.Text.RegularExpressions;
using Circulair.Imports;
using Circulair.Stakeholders.Import;
using Circulair.Strategy;

namespace Circulair.Budget.Import;

/// <summary>
/// What the meerjarenplan import compares a sheet against: the codes the organisation's plan holds now, the codes
/// actions are linked to (to warn before a link loses its code), and the culture amounts are typed in.
/// </summary>
public sealed record BbcImportContext(IReadOnlyCollection<string> ExistingCodes, IReadOnlyCollection<string> LinkedCodes, CultureInfo Culture);

/// <summary>One row after the check: its problems, or the code it will hold.</summary>
public sealed record BbcPlannedRow(
    int Number, string? Code, string? Title, BbcLevel? Level, string? ParentCode, IReadOnlyDictionary<int, decimal> Amounts,
    IReadOnlyList<ImportProblem> Problems, bool IsNew) : ICheckedRow
{
    public bool IsValid => Problems.Count == 0;

    int ICheckedRow.RowNumber => Number;
}

/// <summary>The meerjarenplan as checked; nothing may be written unless every row passed.</summary>
public sealed class BbcImportPlan : ICheckedPlan
{
    internal BbcImportPlan(IReadOnlyList<ImportProblem> fileProblems, IReadOnlyList<BbcPlannedRow> rows, IReadOnlyList<string> ignoredHeaders,
        IReadOnlyList<int> years, IReadOnlyList<string> removed, IReadOnlyList<string> removedLinked)
    {
        FileProblems = fileProblems;
        Rows = rows;
        IgnoredHeaders = ignoredHeaders;
        Years = years;
        Removed = removed;
        RemovedLinked = removedLinked;
    }

    public IReadOnlyList<ImportProblem> FileProblems { get; }
    public IReadOnlyList<BbcPlannedRow> Rows { get; }
    public IReadOnlyList<string> IgnoredHeaders { get; }

    /// <summary>The years the file holds amounts for (its year columns).</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Codes the plan holds now and the file does not: they disappear.</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>Of <see cref="Removed"/>, those an action is linked to: the link stays, marked as a code the plan no longer holds.</summary>
    public IReadOnlyList<string> RemovedLinked { get; }

    public bool CanApply => CheckedPlan.CanApply(this);
    public int RowsWithProblems => CheckedPlan.RowsWithProblems(this);
    public int Count(BbcLevel level) => Rows.Count(r => r.IsValid && r.Level == level);
    public int NewCount => Rows.Count(r => r.IsValid && r.IsNew);

    int ICheckedPlan.FileProblemCount => FileProblems.Count;
    IReadOnlyList<ICheckedRow> ICheckedPlan.CheckedRows => Rows;

    /// <summary>The organisation's new plan, replacing the whole old one (the caller removes it in the same save).</summary>
    public IReadOnlyList<BbcEntry> Apply(int organisationId)
    {
        if (!CanApply)
        {
            throw new DomainException("Budget.Import.NotApplicable");
        }
        return [.. Rows.Select((r, i) => new BbcEntry(organisationId, r.Level!.Value, r.Code!, r.Title!, r.ParentCode, i + 1, r.Amounts))];
    }
}

/// <summary>The columns of a meerjarenplan sheet; the years are columns of their own ("2026", "Budget 2027").</summary>
public enum BbcColumn
{
    Code = 1,
    Level = 2,
    Title = 3,
    Parent = 4,
}

/// <summary>
/// The rules of the meerjarenplan import (decision 0255), pure: every row needs a code and a title; a code appears
/// once; the code a row falls under must be in the same file; the level follows from that (a code without a parent is
/// a policy objective, below it action plans, below those actions) and, when given, must agree; an amount is a number
/// of at least 0. One row per code, one column per year.
/// </summary>
public sealed partial class BbcSheetImport : ICheckedImport<BbcImportContext, BbcImportPlan>
{
    public const string SheetName = "Meerjarenplan";
    public const int MaxRows = 5_000;
    private const string P = "Budget.Import.Problem.";

    public static readonly BbcSheetImport Instance = new();

    /// <summary>Accepted headers per column, compared without case, spaces, hyphens or underscores.</summary>
    public static readonly IReadOnlyDictionary<BbcColumn, string[]> HeaderWords = new Dictionary<BbcColumn, string[]>
    {
        [BbcColumn.Code] = ["code", "bbccode", "bbc"],
        [BbcColumn.Level] = ["niveau", "type", "soort", "level"],
        [BbcColumn.Title] = ["titel", "omschrijving", "naam", "title", "description", "name"],
        [BbcColumn.Parent] = ["bovenliggendecode", "bovenliggend", "valtonder", "ouder", "parent", "parentcode"],
    };

    /// <summary>Accepted words per level, compared the same way.</summary>
    public static readonly IReadOnlyDictionary<BbcLevel, string[]> LevelWords = new Dictionary<BbcLevel, string[]>
    {
        [BbcLevel.Beleidsdoelstelling] = ["beleidsdoelstelling", "bd", "policyobjective", "policygoal"],
        [BbcLevel.Actieplan] = ["actieplan", "ap", "actionplan"],
        [BbcLevel.Actie] = ["actie", "ac", "action"],
    };

    [GeneratedRegex(@"^(?:budget|bedrag|krediet|raming|amount)?(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearHeader();

    private static string Word(string? text) =>
        new([.. (text ?? "").Trim().ToLowerInvariant().Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '_' and not '.' and not ':')]);

    public BbcImportPlan Check(SheetContent sheet, BbcImportContext context)
    {
        var columns = new Dictionary<BbcColumn, int>();
        var yearColumns = new List<(int Year, int Index, string Header)>();
        var ignored = new List<string>();
        var fileProblems = new List<ImportProblem>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i];
            if (string.IsNullOrWhiteSpace(header))
            {
                continue;
            }
            var word = Word(header);
            var column = HeaderWords.FirstOrDefault(h => h.Value.Contains(word)).Key;
            if (column != 0 && !columns.ContainsKey(column))
            {
                columns[column] = i;
            }
            else if (YearHeader().Match(word) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var year
                     && year is >= BudgetRules.MinYear and <= BudgetRules.MaxYear && yearColumns.All(y => y.Year != year))
            {
                yearColumns.Add((year, i, header.Trim()));
            }
            else
            {
                ignored.Add(header.Trim());
            }
        }
        var missing = new[] { BbcColumn.Code, BbcColumn.Title }.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            fileProblems.Add(new ImportProblem(P + "MissingColumns", [.. missing.Cast<object>()]));
            return new BbcImportPlan(fileProblems, [], ignored, [], [], []);
        }

        string? Cell(SheetRow row, int? index) => index is { } i && i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i]!.Trim() : null;

        var raw = sheet.Rows.Select(r => new
        {
            Row = r,
            Code = Cell(r, columns[BbcColumn.Code]),
            Title = Cell(r, columns[BbcColumn.Title]),
            LevelText = Cell(r, columns.TryGetValue(BbcColumn.Level, out var l) ? l : null),
            Parent = Cell(r, columns.TryGetValue(BbcColumn.Parent, out var p) ? p : null),
        }).ToList();
        if (raw.Count == 0)
        {
            fileProblems.Add(new ImportProblem(P + "NoRows"));
            return new BbcImportPlan(fileProblems, [], ignored, [], [], []);
        }
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var parentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var r in raw.Where(r => r.Code is not null))
        {
            var key = BbcEntry.Key(r.Code!);
            if (firstRowOf.TryAdd(key, r.Row.Number))
            {
                parentOf[key] = r.Parent is null ? null : BbcEntry.Key(r.Parent);
            }
        }

        // The depth of a code: 0 without a parent, one more for each parent up; null when the chain loops or breaks.
        int? DepthOf(string key)
        {
            var depth = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal) { key };
            for (var parent = parentOf[key]; parent is not null; parent = parentOf[parent])
            {
                if (!parentOf.ContainsKey(parent) || !seen.Add(parent))
                {
                    return null;
                }
                depth++;
            }
            return depth;
        }

        var rows = new List<BbcPlannedRow>();
        var existing = context.ExistingCodes.Select(BbcEntry.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var r in raw)
        {
            var problems = new List<ImportProblem>();
            string? key = null;
            if (r.Code is null)
            {
                problems.Add(new ImportProblem(P + "CodeRequired"));
            }
            else if (r.Code.Length > BbcEntry.CodeMaxLength)
            {
                problems.Add(new ImportProblem(P + "CodeTooLong", r.Code, BbcEntry.CodeMaxLength));
            }
            else
            {
                key = BbcEntry.Key(r.Code);
                var first = firstRowOf[key];
                if (first != r.Row.Number)
                {
                    problems.Add(new ImportProblem(P + "DuplicateCode", r.Code, first));
                }
                else if (raw.FirstOrDefault(o => o.Row.Number != r.Row.Number && o.Code is not null && BbcEntry.Key(o.Code) == key) is { } later)
                {
                    problems.Add(new ImportProblem(P + "DuplicateCode", r.Code, later.Row.Number));
                }
            }
            if (r.Title is null)
            {
                problems.Add(new ImportProblem(P + "TitleRequired"));
            }
            else if (r.Title.Length > BbcEntry.TitleMaxLength)
            {
                problems.Add(new ImportProblem(P + "TitleTooLong", BbcEntry.TitleMaxLength));
            }

            BbcLevel? given = null;
            if (r.LevelText is not null)
            {
                var word = Word(r.LevelText);
                given = LevelWords.FirstOrDefault(w => w.Value.Contains(word)).Key is var found && found != 0 ? found : null;
                if (given is null)
                {
                    problems.Add(new ImportProblem(P + "UnknownLevel", r.LevelText));
                }
            }
            BbcLevel? level = null;
            if (r.Parent is not null && key is not null && BbcEntry.Key(r.Parent) == key)
            {
                problems.Add(new ImportProblem(P + "OwnParent", r.Code!));
            }
            else if (r.Parent is not null && !parentOf.ContainsKey(BbcEntry.Key(r.Parent)))
            {
                problems.Add(new ImportProblem(P + "UnknownParent", r.Parent));
            }
            else if (key is not null && firstRowOf[key] == r.Row.Number)
            {
                var depth = DepthOf(key);
                if (depth is null)
                {
                    problems.Add(new ImportProblem(P + "ParentLoop", r.Code!));
                }
                else if (depth > 2)
                {
                    problems.Add(new ImportProblem(P + "TooDeep", r.Parent!));
                }
                else
                {
                    level = (BbcLevel)(depth.Value + 1);
                    if (given is { } g && g != level)
                    {
                        problems.Add(new ImportProblem(P + "LevelMismatch", g, level.Value));
                    }
                }
            }

            var amounts = new Dictionary<int, decimal>();
            foreach (var (year, index, header) in yearColumns)
            {
                var text = Cell(r.Row, index);
                if (text is null)
                {
                    continue;
                }
                if (!NumberText.TryParse(text.Replace("€", "", StringComparison.Ordinal), context.Culture, out var value))
                {
                    problems.Add(new ImportProblem(P + "NotAnAmount", header, text));
                }
                else if (value < 0 || value > (double)BudgetRules.MaxEuros)
                {
                    problems.Add(new ImportProblem(P + "AmountRange", header, text));
                }
                else
                {
                    amounts[year] = Math.Round((decimal)value, 2);
                }
            }
            rows.Add(new BbcPlannedRow(r.Row.Number, r.Code, r.Title, level, r.Parent, amounts, problems, key is not null && !existing.Contains(key)));
        }

        var inFile = rows.Where(r => r.Code is not null).Select(r => BbcEntry.Key(r.Code!)).ToHashSet(StringComparer.Ordinal);
        var removed = context.ExistingCodes.Where(c => !inFile.Contains(BbcEntry.Key(c))).Order(StringComparer.Ordinal).ToList();
        var linked = context.LinkedCodes.Select(BbcEntry.Key).ToHashSet(StringComparer.Ordinal);
        return new BbcImportPlan(fileProblems, rows, ignored, [.. yearColumns.Select(y => y.Year).Order()], removed,
            [.. removed.Where(c => linked.Contains(BbcEntry.Key(c)))]);
    }
}
