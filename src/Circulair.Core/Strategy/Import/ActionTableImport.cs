using System.Globalization;
using Circulair.Imports;
using Circulair.Prioritisation;
using Circulair.Stakeholders.Import;

namespace Circulair.Strategy.Import;

/// <summary>An action as the import compares against it; <paramref name="Derived"/> is what the export shows in its derived columns.</summary>
public sealed record ExistingAction(int Id, ActionDetails Details, int? LineId, DerivedValues? Derived = null);

/// <summary>
/// The values of the derived columns as the export writes them (goal, partners, budget, FTE, impact, effort, quadrant),
/// so the import can say which of them were edited in the file: such edits are never read back.
/// </summary>
public sealed record DerivedValues(string? Goal, string? Partners, decimal? Budget, double? Fte, double? Impact, double? Effort, Quadrant? Quadrant);

/// <summary>An action line the import can put actions in; <paramref name="DroppedDomain"/> names its domain when that was dropped.</summary>
public sealed record ExistingLine(int Id, string Title, string? DroppedDomain, string? DroppedReason);

/// <summary>A possible trekker (a member or a stakeholder) by name.</summary>
public sealed record ExistingOwner(ActionOwner Owner, string Name);

/// <summary>A problem with the file or a row: <see cref="Key"/> is a resource key ("Strategy.Import.Problem.*").</summary>
public sealed record RowProblem(string Key, params object[] Arguments);

/// <summary>One column a row changes: the value before and after, as shown in the preview (text, enum, date, or null for empty).</summary>
public sealed record ImportChange(ActionColumn Column, object? Before, object? After);

/// <summary>One row after the check: its problems, or the changes it will make to the action with that number.</summary>
public sealed record ImportRow(int RowNumber, string? Number, int? ActionId, IReadOnlyList<RowProblem> Problems, ActionDetails? Details, int? LineId, IReadOnlyList<ImportChange> Changes) : ICheckedRow
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>Derived columns whose cell in the file differs from what the export wrote: the import ignores them and says so.</summary>
    public IReadOnlyList<ActionColumn> IgnoredEdits { get; init; } = [];

    public bool ChangesLine => Changes.Any(c => c.Column == ActionColumn.ActionLine);
}

/// <summary>The outcome of checking a whole sheet. Nothing may be written unless <see cref="CanApply"/>.</summary>
public sealed class ActionImportPlan : ICheckedPlan
{
    internal ActionImportPlan(IReadOnlyList<RowProblem> fileProblems, IReadOnlyList<ImportRow> rows, IReadOnlyList<string> ignoredHeaders)
    {
        FileProblems = fileProblems;
        Rows = rows;
        IgnoredHeaders = ignoredHeaders;
    }

    public IReadOnlyList<RowProblem> FileProblems { get; }
    public IReadOnlyList<ImportRow> Rows { get; }

    /// <summary>Headers of derived or unknown columns: the import does not read their cells.</summary>
    public IReadOnlyList<string> IgnoredHeaders { get; }

    public bool CanApply => CheckedPlan.CanApply(this);
    public int RowsWithProblems => CheckedPlan.RowsWithProblems(this);

    int ICheckedPlan.FileProblemCount => FileProblems.Count;
    IReadOnlyList<ICheckedRow> ICheckedPlan.CheckedRows => Rows;
    public int ChangedRows => Rows.Count(r => r.IsValid && r.Changes.Count > 0);
    public int UnchangedRows => Rows.Count(r => r.IsValid && r.Changes.Count == 0);

    /// <summary>Rows in which a derived column was edited; those edits are not read.</summary>
    public IReadOnlyList<ImportRow> RowsWithIgnoredEdits => [.. Rows.Where(r => r.IgnoredEdits.Count > 0)];

    /// <summary>
    /// Applies a plan that <see cref="CanApply"/> to the strategy's actions (all of them, tracked, so moves keep the
    /// order of every line) and lines (loaded with goal and domain). Unchanged rows touch nothing.
    /// </summary>
    public void Apply(IReadOnlyList<PlannedAction> actions, IReadOnlyDictionary<int, ActionLine> lines, DateTime now)
    {
        if (!CanApply)
        {
            throw new DomainException("Strategy.Import.NotApplicable");
        }
        var byId = actions.ToDictionary(a => a.Id);
        foreach (var row in Rows.Where(r => r.Changes.Count > 0))
        {
            var action = byId[row.ActionId!.Value];
            if (row.ChangesLine)
            {
                var target = row.LineId is { } id ? lines[id] : null;
                action.MoveTo(target, [.. actions.Where(a => a.ActionLineId == action.ActionLineId)], [.. actions.Where(a => a.ActionLineId == row.LineId)]);
            }
            action.Describe(row.Details!, now);
        }
    }
}

/// <summary>
/// Checks an action table read back from a file (Tool 8's xlsx or csv) against the strategy, row by row, without
/// writing anything. Pure: the caller loads actions, lines and possible owners once. Rules: the number column is
/// required and matches an existing action (an import changes actions, it never creates or deletes one); a number
/// appears once; only the columns the file has are read; labels are understood in Dutch and English; a line in a
/// dropped domain is refused; derived columns are not read, but an unknown quadrant label is still reported.
/// </summary>
public static class ActionTableImport
{
    private const string P = "Strategy.Import.Problem.";

    public static ActionImportPlan Check(SheetContent sheet, ActionImportVocabulary vocabulary, IReadOnlyList<ExistingAction> existing, IReadOnlyList<ExistingLine> lines, IReadOnlyList<ExistingOwner> owners)
    {
        var fileProblems = new List<RowProblem>();
        var ignored = new List<string>();
        var map = new Dictionary<ActionColumn, int>();
        var derived = new Dictionary<ActionColumn, int>();
        for (var i = 0; i < sheet.Headers.Count; i++)
        {
            var header = sheet.Headers[i]?.Trim();
            if (string.IsNullOrEmpty(header))
            {
                continue;
            }
            var column = vocabulary.Column(header);
            if (column is { } d && ActionTable.IsDerived(d))
            {
                derived.TryAdd(d, i);
            }
            if (column is null || ActionTable.IsDerived(column.Value) && column != ActionColumn.Quadrant)
            {
                ignored.Add(header);
            }
            else if (!map.TryAdd(column.Value, i))
            {
                fileProblems.Add(new RowProblem(P + "DuplicateColumn", header));
            }
            else if (column == ActionColumn.Quadrant)
            {
                ignored.Add(header);
            }
        }
        if (!map.ContainsKey(ActionColumn.Number))
        {
            fileProblems.Add(new RowProblem(P + "NoNumberColumn"));
        }
        var rows = sheet.Rows.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count > ActionTable.MaxRows)
        {
            fileProblems.Add(new RowProblem(P + "TooManyRows", rows.Count, ActionTable.MaxRows));
        }
        else if (rows.Count == 0 && fileProblems.Count == 0)
        {
            fileProblems.Add(new RowProblem(P + "NoRows"));
        }
        if (fileProblems.Count > 0)
        {
            return new ActionImportPlan(fileProblems, [], ignored);
        }

        var byKey = existing.ToDictionary(a => ActionNumbering.Key(a.Details.Number!), StringComparer.Ordinal);
        var byId = existing.ToDictionary(a => a.Id);
        var linesByKey = lines.ToLookup(l => ActionImportVocabulary.Key(l.Title));
        var linesById = lines.ToDictionary(l => l.Id);
        var ownersByKey = owners.ToLookup(o => ActionImportVocabulary.Key(o.Name));
        var ownerNames = owners.GroupBy(o => o.Owner).ToDictionary(g => g.Key, g => g.First().Name);
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ImportRow>();
        foreach (var row in rows)
        {
            var read = ReadRow(row, map, vocabulary, byKey, linesByKey, linesById, ownersByKey, ownerNames, firstRow);
            var edits = read.ActionId is { } id && byId[id].Derived is { } values
                ? DerivedEdits(row, derived, values, vocabulary)
                : [];
            result.Add(edits.Count == 0 ? read : read with { IgnoredEdits = edits });
        }
        return new ActionImportPlan([], result, ignored);
    }

    private static ImportRow ReadRow(
        SheetRow row,
        Dictionary<ActionColumn, int> map,
        ActionImportVocabulary vocabulary,
        Dictionary<string, ExistingAction> byKey,
        ILookup<string, ExistingLine> linesByKey,
        Dictionary<int, ExistingLine> linesById,
        ILookup<string, ExistingOwner> ownersByKey,
        Dictionary<ActionOwner, string> ownerNames,
        Dictionary<string, int> firstRow)
    {
        var problems = new List<RowProblem>();
        string? Cell(ActionColumn column) => map.TryGetValue(column, out var i) && i < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[i]) ? row.Cells[i]!.Trim() : null;
        bool Has(ActionColumn column) => map.ContainsKey(column);

        var number = ActionNumbering.Clean(Cell(ActionColumn.Number));
        if (number is null)
        {
            return new ImportRow(row.Number, null, null, [new RowProblem(P + "NumberMissing")], null, null, []);
        }
        var key = ActionNumbering.Key(number);
        if (firstRow.TryGetValue(key, out var first))
        {
            problems.Add(new RowProblem(P + "DuplicateNumber", number, first));
        }
        else
        {
            firstRow[key] = row.Number;
        }
        if (!byKey.TryGetValue(key, out var action))
        {
            problems.Add(new RowProblem(P + "UnknownNumber", number));
            return new ImportRow(row.Number, number, null, problems, null, null, []);
        }

        var d = action.Details;
        var changes = new List<ImportChange>();
        var lineId = action.LineId;

        var title = d.Title;
        if (Has(ActionColumn.Title))
        {
            var cell = Cell(ActionColumn.Title);
            if (cell is null)
            {
                problems.Add(new RowProblem(P + "TitleMissing"));
            }
            else if (cell.Length > PlannedAction.TitleMaxLength)
            {
                problems.Add(new RowProblem(P + "TooLong", Label(ActionColumn.Title), PlannedAction.TitleMaxLength));
            }
            else if (cell != d.Title)
            {
                changes.Add(new ImportChange(ActionColumn.Title, d.Title, cell));
                title = cell;
            }
        }

        if (Has(ActionColumn.ActionLine))
        {
            var cell = Cell(ActionColumn.ActionLine);
            int? target = null;
            var known = true;
            if (cell is not null)
            {
                var matches = linesByKey[ActionImportVocabulary.Key(cell)].ToList();
                if (matches.Count == 0)
                {
                    problems.Add(new RowProblem(P + "UnknownLine", cell));
                    known = false;
                }
                else if (matches.Count > 1)
                {
                    problems.Add(new RowProblem(P + "AmbiguousLine", cell, matches.Count));
                    known = false;
                }
                else
                {
                    target = matches[0].Id;
                }
            }
            if (known && target != action.LineId)
            {
                if (target is { } t && linesById[t].DroppedDomain is { } dropped)
                {
                    problems.Add(new RowProblem(P + "LineInDroppedDomain", cell!, dropped, linesById[t].DroppedReason ?? ""));
                }
                changes.Add(new ImportChange(ActionColumn.ActionLine, action.LineId is { } l && linesById.TryGetValue(l, out var before) ? before.Title : null, cell));
                lineId = target;
            }
        }

        var owner = d.Owner;
        if (Has(ActionColumn.Owner))
        {
            var cell = Cell(ActionColumn.Owner);
            ActionOwner? found = null;
            var known = true;
            if (cell is not null)
            {
                var matches = ownersByKey[ActionImportVocabulary.Key(cell)].Select(o => o.Owner).Distinct().ToList();
                if (matches.Count == 0)
                {
                    problems.Add(new RowProblem(P + "UnknownOwner", cell));
                    known = false;
                }
                else if (matches.Count > 1)
                {
                    problems.Add(new RowProblem(P + "AmbiguousOwner", cell));
                    known = false;
                }
                else
                {
                    found = matches[0];
                }
            }
            if (known && found != d.Owner)
            {
                changes.Add(new ImportChange(ActionColumn.Owner, d.Owner is { } o && ownerNames.TryGetValue(o, out var name) ? name : null, cell));
                owner = found;
            }
        }

        var start = DateColumn(ActionColumn.Start, d.Start);
        var end = DateColumn(ActionColumn.End, d.End);
        if (start is { } s && end is { } e && e < s)
        {
            problems.Add(new RowProblem(P + "EndBeforeStart"));
        }

        var status = d.Status;
        if (Has(ActionColumn.Status))
        {
            var cell = Cell(ActionColumn.Status);
            if (cell is null)
            {
                problems.Add(new RowProblem(P + "StatusMissing"));
            }
            else if (vocabulary.Status(cell) is not { } parsed)
            {
                problems.Add(new RowProblem(P + "UnknownStatus", cell));
            }
            else if (parsed != d.Status)
            {
                changes.Add(new ImportChange(ActionColumn.Status, d.Status, parsed));
                status = parsed;
            }
        }

        var priority = EnumColumn(ActionColumn.Priority, d.Priority, vocabulary.Priority, "UnknownPriority");
        var size = EnumColumn(ActionColumn.Size, d.Size, vocabulary.Size, "UnknownSize");
        if (Cell(ActionColumn.Quadrant) is { } quadrant && vocabulary.Quadrant(quadrant) is null)
        {
            problems.Add(new RowProblem(P + "UnknownQuadrant", quadrant));
        }
        var indicator = TextColumn(ActionColumn.Indicator, d.Indicator, PlannedAction.IndicatorMaxLength);
        var neighbours = TextColumn(ActionColumn.Neighbours, d.Neighbours, PlannedAction.NeighboursMaxLength);

        var details = d with
        {
            Title = title, Owner = owner, Start = start, End = end, Status = status, Priority = priority, Size = size,
            Indicator = indicator, Neighbours = neighbours,
        };
        return new ImportRow(row.Number, number, action.Id, problems, details, lineId, changes);

        DateOnly? DateColumn(ActionColumn column, DateOnly? current)
        {
            if (!Has(column))
            {
                return current;
            }
            var cell = Cell(column);
            DateOnly? value = null;
            if (cell is not null)
            {
                if (TryParseDate(cell) is not { } parsed)
                {
                    problems.Add(new RowProblem(P + "InvalidDate", Label(column), cell));
                    return current;
                }
                value = parsed;
            }
            if (value != current)
            {
                changes.Add(new ImportChange(column, current, value));
            }
            return value;
        }

        T? EnumColumn<T>(ActionColumn column, T? current, Func<string, T?> parse, string problem) where T : struct, Enum
        {
            if (!Has(column))
            {
                return current;
            }
            var cell = Cell(column);
            T? value = null;
            if (cell is not null)
            {
                if (parse(cell) is not { } parsed)
                {
                    problems.Add(new RowProblem(P + problem, cell));
                    return current;
                }
                value = parsed;
            }
            if (!Nullable.Equals(value, current))
            {
                changes.Add(new ImportChange(column, current, value));
            }
            return value;
        }

        string? TextColumn(ActionColumn column, string? current, int max)
        {
            if (!Has(column))
            {
                return current;
            }
            var cell = Cell(column);
            if (cell is { Length: var n } && n > max)
            {
                problems.Add(new RowProblem(P + "TooLong", Label(column), max));
                return current;
            }
            if (cell != current)
            {
                changes.Add(new ImportChange(column, current, cell));
            }
            return cell;
        }
    }

    /// <summary>The derived columns whose cell differs from what the export wrote (numbers compared to the cent, text and labels as the vocabulary matches them).</summary>
    private static List<ActionColumn> DerivedEdits(SheetRow row, Dictionary<ActionColumn, int> derived, DerivedValues values, ActionImportVocabulary vocabulary)
    {
        var edits = new List<ActionColumn>();
        foreach (var (column, index) in derived)
        {
            var cell = index < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[index]) ? row.Cells[index]!.Trim() : null;
            var edited = column switch
            {
                ActionColumn.Goal => TextDiffers(cell, values.Goal),
                ActionColumn.Partners => TextDiffers(cell, values.Partners),
                ActionColumn.Budget => NumberDiffers(cell, values.Budget is { } b ? (double)b : null),
                ActionColumn.Fte => NumberDiffers(cell, values.Fte),
                ActionColumn.Impact => NumberDiffers(cell, values.Impact),
                ActionColumn.Effort => NumberDiffers(cell, values.Effort),
                // An unknown label is reported as a problem already.
                ActionColumn.Quadrant => cell is null ? values.Quadrant is not null : vocabulary.Quadrant(cell) is { } q && q != values.Quadrant,
                _ => false,
            };
            if (edited)
            {
                edits.Add(column);
            }
        }
        edits.Sort();
        return edits;
    }

    private static bool TextDiffers(string? cell, string? value) => ActionImportVocabulary.Key(cell ?? "") != ActionImportVocabulary.Key(value ?? "");

    private static bool NumberDiffers(string? cell, double? value)
    {
        if (cell is null)
        {
            return value is not null;
        }
        var text = cell.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        if (text.Contains(',', StringComparison.Ordinal))
        {
            // A local number from the CSV export ("12.500,5") or one typed in a Belgian spreadsheet.
            text = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
        }
        return !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || value is not { } v || Math.Abs(number - v) > 0.006;
    }

    /// <summary>A column named in a problem: the web layer shows it as the column's header.</summary>
    private static object Label(ActionColumn column) => column;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "yyyy-MM-dd'T'HH:mm:ss"];

    /// <summary>Dates as a sheet holds them: ISO (what the xlsx reader gives) or day first, as people in Flanders write them.</summary>
    public static DateOnly? TryParseDate(string text) =>
        DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? DateOnly.FromDateTime(d) : null;
}
