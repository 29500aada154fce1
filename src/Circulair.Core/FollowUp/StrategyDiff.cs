using System.Globalization;

namespace Circulair.FollowUp;

/// <summary>The three levels of a strategy that a comparison reports on.</summary>
public enum StrategyElement
{
    Goal = 1,
    Line = 2,
    Action = 3,
}

/// <summary>What happened to one element between two versions.</summary>
public enum StrategyChangeKind
{
    /// <summary>Only in the newer version.</summary>
    Added = 1,

    /// <summary>Only in the older version.</summary>
    Removed = 2,

    /// <summary>In both; moved to another parent, changed field by field, or both.</summary>
    Modified = 3,
}

/// <summary>One field that differs, as invariant text (dates ISO, numbers with a dot, enums by name, owners as "lid:12").</summary>
/// <param name="Field">The field's name: Title, Statement, Description, Milestones… (stable, to look up a label).</param>
/// <param name="Long">Whether the field is free prose, best shown as a word diff.</param>
public sealed record FieldChange(string Field, string? Before, string? After, bool Long = false);

/// <summary>Where an element hung: its parent's id and label (a line's goal, an action's line; null id = no line).</summary>
public sealed record StrategyPlace(int? ParentId, string? ParentLabel);

/// <summary>
/// One element that differs between two versions. <see cref="From"/> and <see cref="To"/> are set when the element
/// moved (a line to another goal, an action to another line, a goal to another domain); <see cref="Fields"/> lists
/// the fields that changed (empty for added and removed elements).
/// </summary>
public sealed record StrategyChange(
    StrategyElement Element, int Id, string Label, StrategyChangeKind Kind, StrategyPlace? From, StrategyPlace? To, IReadOnlyList<FieldChange> Fields)
{
    public bool IsMoved => Kind == StrategyChangeKind.Modified && From is not null;

    public bool IsChanged => Fields.Count > 0;
}

/// <summary>The differences between an older and a newer version, goals first, then lines, then actions, each in the newer version's order with removed elements after.</summary>
public sealed record StrategyComparison(IReadOnlyList<StrategyChange> Changes)
{
    public bool IsEmpty => Changes.Count == 0;

    public IEnumerable<StrategyChange> Of(StrategyElement element) => Changes.Where(c => c.Element == element);

    public IEnumerable<StrategyChange> Added => Changes.Where(c => c.Kind == StrategyChangeKind.Added);

    public IEnumerable<StrategyChange> Removed => Changes.Where(c => c.Kind == StrategyChangeKind.Removed);

    public IEnumerable<StrategyChange> Moved => Changes.Where(c => c.IsMoved);

    public IEnumerable<StrategyChange> Changed => Changes.Where(c => c.IsChanged);
}

/// <summary>
/// Compares two versions of a strategy (<see cref="AdoptedStrategy"/> snapshots: adopted, saved on demand, or the
/// current state taken the same way). Pure: no database, no clock, no culture (decision 0311).
/// <para>Elements are matched by id, which a snapshot keeps from the database: a goal, line or action whose title was
/// rewritten is the same element, changed; one deleted and made again is removed and added.</para>
/// <para>Follow-up is not a change of plan (as in decision 0231): an action's status and its milestones' ticks are left
/// out, so giving progress never shows up as a change of the strategy.</para>
/// </summary>
public static class StrategyDiff
{
    public static StrategyComparison Compare(AdoptedStrategy older, AdoptedStrategy newer)
    {
        var changes = new List<StrategyChange>();
        changes.AddRange(Elements(older.Goals, newer.Goals, g => g.Id, GoalLabel, g => new StrategyPlace(null, g.DomainCode), GoalFields, StrategyElement.Goal,
            (a, b) => a.DomainCode != b.DomainCode));

        var oldLines = LinesWithGoal(older);
        var newLines = LinesWithGoal(newer);
        changes.AddRange(Elements(oldLines, newLines, l => l.Line.Id, l => l.Line.Title, l => new StrategyPlace(l.Goal.Id, GoalLabel(l.Goal)), l => LineFields(l.Line),
            StrategyElement.Line, (a, b) => a.Goal.Id != b.Goal.Id));

        var oldActions = ActionsWithLine(older);
        var newActions = ActionsWithLine(newer);
        changes.AddRange(Elements(oldActions, newActions, a => a.Action.Id, a => ActionLabel(a.Action), a => new StrategyPlace(a.Line?.Id, a.Line?.Title),
            a => ActionFields(a.Action), StrategyElement.Action, (a, b) => a.Line?.Id != b.Line?.Id));
        return new StrategyComparison(changes);
    }

    private static IEnumerable<StrategyChange> Elements<T>(
        IReadOnlyList<T> older, IReadOnlyList<T> newer, Func<T, int> id, Func<T, string> label, Func<T, StrategyPlace> place,
        Func<T, IReadOnlyList<(string Field, string? Value, bool Long)>> fields, StrategyElement element, Func<T, T, bool> moved)
    {
        var before = older.ToDictionary(id);
        var after = newer.Select(id).ToHashSet();
        foreach (var n in newer)
        {
            if (!before.TryGetValue(id(n), out var o))
            {
                yield return new StrategyChange(element, id(n), label(n), StrategyChangeKind.Added, null, place(n), []);
                continue;
            }
            var changed = fields(o).Zip(fields(n), (x, y) => (x, y))
                .Where(p => p.x.Value != p.y.Value)
                .Select(p => new FieldChange(p.x.Field, p.x.Value, p.y.Value, p.x.Long))
                .ToList();
            var isMoved = moved(o, n);
            if (changed.Count > 0 || isMoved)
            {
                yield return new StrategyChange(element, id(n), label(n), StrategyChangeKind.Modified, isMoved ? place(o) : null, isMoved ? place(n) : null, changed);
            }
        }
        foreach (var o in older.Where(o => !after.Contains(id(o))))
        {
            yield return new StrategyChange(element, id(o), label(o), StrategyChangeKind.Removed, place(o), null, []);
        }
    }

    private static List<(AdoptedGoal Goal, AdoptedLine Line)> LinesWithGoal(AdoptedStrategy s) =>
        [.. s.Goals.SelectMany(g => g.Lines.Select(l => (g, l)))];

    private static List<(AdoptedLine? Line, AdoptedAction Action)> ActionsWithLine(AdoptedStrategy s) =>
        [.. s.Goals.SelectMany(g => g.Lines).SelectMany(l => l.Actions.Select(a => ((AdoptedLine?)l, a))).Concat(s.Unplaced.Select(a => ((AdoptedLine?)null, a)))];

    private static string GoalLabel(AdoptedGoal g) => g.Details.Statement ?? "";

    private static string ActionLabel(AdoptedAction a) => a.Number.Length > 0 ? $"{a.Number} {a.Title}" : a.Title;

    private static IReadOnlyList<(string, string?, bool)> GoalFields(AdoptedGoal g) =>
    [
        ("Statement", g.Details.Statement, true),
        ("Indicator", g.Details.Indicator, false),
        ("BaselineValue", Number(g.Details.BaselineValue), false),
        ("BaselineYear", Number(g.Details.BaselineYear), false),
        ("TargetValue", Number(g.Details.TargetValue), false),
        ("Unit", g.Details.Unit, false),
        ("Deadline", Date(g.Details.Deadline), false),
        ("Owner", g.Details.Owner, false),
        ("RealismNote", g.Details.RealismNote, true),
    ];

    private static IReadOnlyList<(string, string?, bool)> LineFields(AdoptedLine l) =>
    [
        ("Title", l.Title, false),
        ("Description", l.Description, true),
    ];

    private static IReadOnlyList<(string, string?, bool)> ActionFields(AdoptedAction a) =>
    [
        ("Number", a.Number, false),
        ("Title", a.Title, false),
        ("Size", a.Size?.ToString(), false),
        ("Priority", a.Priority?.ToString(), false),
        ("Start", Date(a.Start), false),
        ("End", Date(a.End), false),
        ("Owner", a.OwnerUserId is { } u ? $"lid:{Number(u)}" : a.OwnerStakeholderId is { } s ? $"stakeholder:{Number(s)}" : null, false),
        ("Neighbours", a.Neighbours, false),
        ("Indicator", a.Indicator, false),
        ("Description", a.Sheet.Description, true),
        ("DesiredResults", a.Sheet.DesiredResults, true),
        ("PreconditionsTechnical", a.Sheet.PreconditionsTechnical, true),
        ("PreconditionsLegal", a.Sheet.PreconditionsLegal, true),
        ("PreconditionsSpatial", a.Sheet.PreconditionsSpatial, true),
        ("PreconditionsOrganisational", a.Sheet.PreconditionsOrganisational, true),
        ("FirstSteps", a.Sheet.FirstSteps, true),
        ("Partners", Lines(a.Sheet.Partners.Select(p => $"stakeholder:{Number(p.StakeholderId)}" + (p.Role is null ? "" : $" ({p.Role})"))), true),
        ("Milestones", Lines(a.Sheet.Milestones.Select(m => $"{Date(m.Date) ?? "—"} {m.Description}")), true),
        ("Steps", Lines(a.Sheet.Steps.Select(s => $"{Date(s.Deadline) ?? "—"} {s.Step}" + (s.Resources is null ? "" : $" ({s.Resources})"))), true),
        ("Risks", Lines(a.Sheet.Risks.Select(r => $"{r.Description} [{r.Likelihood?.ToString() ?? "—"}/{r.Impact?.ToString() ?? "—"}]" + (r.Mitigation is null ? "" : $": {r.Mitigation}"))), true),
        ("Budget", Lines(a.Sheet.Budget.OrderBy(b => b.Year).Select(b => $"{Number(b.Year)}: {Number(b.Fte) ?? "—"} FTE, {b.Euros?.ToString(CultureInfo.InvariantCulture) ?? "—"} EUR")), true),
    ];

    private static string? Lines(IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines);
        return text.Length == 0 ? null : text;
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
