using System.Globalization;
using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Reference;
using Circulair.Strategy;
using Circulair.Strategy.Import;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Table;

/// <summary>One row of Tool 8, the action table, with every column of the method (and ours).</summary>
public sealed record TableRow(
    int Id, string Number, string Title, int? GoalId, string? Goal, int? LineId, string? Line, int? DomainId, string? DomainCode,
    string? Owner, string Partners, DateOnly? Start, DateOnly? End, decimal? Budget, double? Fte, double? Impact, double? Effort,
    ActionPriority? Priority, ActionStatus Status, string? Indicator, ActionSize? Size, string? Neighbours)
{
    public Quadrant? Quadrant => ImpactEffortMatrix.Classify(Impact, Effort);

    public string? Domain => DomainCode is null ? null : ActionDomains.Find(DomainCode)?.Label.ToString();
}

/// <summary>
/// Loads the action table of one strategy without a query per row: the actions with their line, goal and domain in
/// one projection, then the partners and the resources in one query each, and the names of members and stakeholders
/// once. A thousand actions cost five queries. The table's page asks for partners and resources only for the rows it
/// shows (<see cref="LoadAsync(CirculairDbContext, int, int, bool, CancellationToken)"/> without details, then
/// <see cref="WithDetailsAsync"/>) unless its search or sort needs them for every action (decision 0341).
/// </summary>
public static class ActionTableData
{
    /// <summary>Every action with every column, partners and resources included (the exports).</summary>
    public static async Task<List<TableRow>> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct) =>
        (await LoadAsync(db, organisationId, trajectoryId, details: true, ct)).Rows;

    /// <summary>
    /// Every action; with <paramref name="details"/> false its partners are "" and its budget and FTE empty until
    /// <see cref="WithDetailsAsync"/> fills them for the rows shown. The people are returned for that second step.
    /// </summary>
    public static async Task<(List<TableRow> Rows, StrategyPeople People)> LoadAsync(CirculairDbContext db, int organisationId, int trajectoryId, bool details, CancellationToken ct)
    {
        var actions = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new
            {
                a.Id, a.Number, a.Title, a.ActionLineId,
                Line = a.Line == null ? null : a.Line.Title,
                GoalId = a.Line == null ? (int?)null : a.Line.StrategyGoalId,
                Goal = a.Line == null ? null : a.Line.Goal.Statement,
                DomainId = a.Line == null ? (int?)null : a.Line.Goal.StrategyDomainId,
                DomainCode = a.Line == null ? null : a.Line.Goal.Domain.DomainCode,
                a.OwnerUserId, a.OwnerStakeholderId, a.StartDate, a.EndDate, a.ImpactMean, a.EffortMean, a.Priority, a.Status, a.Indicator, a.Size, a.Neighbours,
            })
            .ToListAsync(ct);
        var people = await StrategyPeople.LoadAsync(db, organisationId, ct);
        var rows = actions.Select(a =>
        {
            var owner = a.OwnerUserId is { } u ? ActionOwner.Member(u) : a.OwnerStakeholderId is { } s ? ActionOwner.OfStakeholder(s) : (ActionOwner?)null;
            return new TableRow(a.Id, a.Number, a.Title, a.GoalId, a.Goal, a.ActionLineId, a.Line, a.DomainId, a.DomainCode, people.NameOf(owner), "",
                a.StartDate, a.EndDate, null, null, a.ImpactMean, a.EffortMean, a.Priority, a.Status, a.Indicator, a.Size, a.Neighbours);
        }).ToList();
        rows.Sort((x, y) => ActionNumbering.Compare(x.Number, y.Number));
        if (details)
        {
            rows = [.. await WithDetailsAsync(db, organisationId, trajectoryId, rows, people, ct)];
        }
        return (rows, people);
    }

    /// <summary>
    /// The rows with their partners, budget and FTE, in the same order: two queries, for just these actions (or for the
    /// whole strategy when there are many rows: one filter on the strategy is cheaper than a long list of ids).
    /// </summary>
    public static async Task<IReadOnlyList<TableRow>> WithDetailsAsync(CirculairDbContext db, int organisationId, int trajectoryId, IReadOnlyList<TableRow> rows, StrategyPeople people, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return rows;
        }
        var partnerQuery = db.ActionPartners.InOrganisation(organisationId).Where(p => p.Action.TrajectoryId == trajectoryId);
        var budgetQuery = db.ActionBudgetYears.InOrganisation(organisationId).Where(y => y.Action.TrajectoryId == trajectoryId);
        if (rows.Count <= 200)
        {
            var ids = rows.Select(r => r.Id).ToList();
            partnerQuery = partnerQuery.Where(p => ids.Contains(p.PlannedActionId));
            budgetQuery = budgetQuery.Where(y => ids.Contains(y.PlannedActionId));
        }
        var partners = (await partnerQuery.Select(p => new { p.PlannedActionId, p.StakeholderId, p.Role, p.Position }).ToListAsync(ct)).ToLookup(p => p.PlannedActionId);
        var budget = (await budgetQuery.Select(y => new { y.PlannedActionId, y.Year, y.Fte, y.Euros }).ToListAsync(ct)).ToLookup(y => y.PlannedActionId);
        return [.. rows.Select(r =>
        {
            var sum = BudgetSummary.Of(budget[r.Id].Select(y => new BudgetEntry(y.Year, y.Fte, y.Euros)));
            var partnerText = string.Join("; ", partners[r.Id].OrderBy(p => p.Position)
                .Select(p => (people.NameOf(ActionOwner.OfStakeholder(p.StakeholderId)) ?? "?") + (p.Role is null ? "" : $" ({p.Role})")));
            return r with { Partners = partnerText, Budget = sum.TotalEuros, Fte = sum.AverageFte };
        })];
    }

    /// <summary>A column's header in the reader's language.</summary>
    public static string Header(Text t, ActionColumn column) => t[$"Strategy.Column.{column}"];

    /// <summary>A cell as the page shows it.</summary>
    public static string Show(Text t, TableRow r, ActionColumn column) => column switch
    {
        ActionColumn.Number => r.Number,
        ActionColumn.Title => r.Title,
        ActionColumn.Goal => r.Goal ?? "",
        ActionColumn.ActionLine => r.Line ?? "",
        ActionColumn.Domain => r.Domain ?? "",
        ActionColumn.Owner => r.Owner ?? "",
        ActionColumn.Partners => r.Partners,
        ActionColumn.Start => StrategyLabels.Date(r.Start),
        ActionColumn.End => StrategyLabels.Date(r.End),
        ActionColumn.Budget => StrategyLabels.Euros(r.Budget),
        ActionColumn.Fte => StrategyLabels.Figure(r.Fte),
        ActionColumn.Impact => r.Impact is null ? "" : StrategyLabels.Score(r.Impact),
        ActionColumn.Effort => r.Effort is null ? "" : StrategyLabels.Score(r.Effort),
        ActionColumn.Quadrant => r.Quadrant is { } q ? t.Enum(q) : "",
        ActionColumn.Priority => r.Priority is { } p ? t.Enum(p) : "",
        ActionColumn.Status => t.Enum(r.Status),
        ActionColumn.Indicator => r.Indicator ?? "",
        ActionColumn.Size => r.Size is { } s ? t.Enum(s) : "",
        ActionColumn.Neighbours => r.Neighbours ?? "",
        _ => "",
    };

    /// <summary>Sort key of a column: numbers and dates by value, text by its natural order.</summary>
    public static IComparer<TableRow> Comparer(ActionColumn column, Text t) => column switch
    {
        ActionColumn.Number => Comparer<TableRow>.Create((a, b) => ActionNumbering.Compare(a.Number, b.Number)),
        ActionColumn.Start => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Start, b.Start)),
        ActionColumn.End => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.End, b.End)),
        ActionColumn.Budget => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Budget, b.Budget)),
        ActionColumn.Fte => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Fte, b.Fte)),
        ActionColumn.Impact => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Impact, b.Impact)),
        ActionColumn.Effort => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Effort, b.Effort)),
        ActionColumn.Status => Comparer<TableRow>.Create((a, b) => a.Status.CompareTo(b.Status)),
        ActionColumn.Priority => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Priority, b.Priority)),
        ActionColumn.Quadrant => Comparer<TableRow>.Create((a, b) => Nullable.Compare(a.Quadrant, b.Quadrant)),
        _ => Comparer<TableRow>.Create((a, b) => string.Compare(Show(t, a, column), Show(t, b, column), StringComparison.CurrentCultureIgnoreCase)),
    };
}

/// <summary>
/// Tool 8 as a workbook model: sheet "Acties" with every column, numbers as numbers and dates as dates, and drop-down
/// lists for status, quadrant, priority and size. The same columns read back on import (matched by number); the
/// derived ones (goal, domain, partners, budget, FTE, impact, effort, quadrant) are for reading only.
/// </summary>
public static class ActionTableWorkbook
{
    private static readonly Dictionary<ActionColumn, double> Widths = new()
    {
        [ActionColumn.Number] = 10, [ActionColumn.Title] = 40, [ActionColumn.Goal] = 40, [ActionColumn.ActionLine] = 30, [ActionColumn.Domain] = 26,
        [ActionColumn.Owner] = 24, [ActionColumn.Partners] = 36, [ActionColumn.Start] = 12, [ActionColumn.End] = 12, [ActionColumn.Budget] = 12,
        [ActionColumn.Fte] = 10, [ActionColumn.Impact] = 9, [ActionColumn.Effort] = 9, [ActionColumn.Quadrant] = 20, [ActionColumn.Priority] = 12,
        [ActionColumn.Status] = 12, [ActionColumn.Indicator] = 30, [ActionColumn.Size] = 20, [ActionColumn.Neighbours] = 30,
    };

    public static WorkbookModel Build(IEnumerable<TableRow> rows, Text t) => new([Sheet(rows, t)]);

    public static SheetModel Sheet(IEnumerable<TableRow> rows, Text t)
    {
        // Derived columns (the quadrant among them, whose drop-down only shows the labels) are locked: the import does not read them back.
        var columns = ActionTable.Columns.Select(c => new ColumnModel(ActionTableData.Header(t, c), Widths[c], c is ActionColumn.Title or ActionColumn.Goal,
            Choices(t, c), Derived: ActionTable.IsDerived(c))).ToList();
        return new SheetModel(ActionTable.SheetName, columns, rows.Select(r => Row(r, t)));
    }

    private static IReadOnlyList<string>? Choices(Text t, ActionColumn column) => column switch
    {
        ActionColumn.Status => [.. Enum.GetValues<ActionStatus>().Select(v => t.Enum(v))],
        ActionColumn.Quadrant => [.. Enum.GetValues<Quadrant>().Select(v => t.Enum(v))],
        ActionColumn.Priority => [.. Enum.GetValues<ActionPriority>().Select(v => t.Enum(v))],
        ActionColumn.Size => [.. Enum.GetValues<ActionSize>().Select(v => t.Enum(v))],
        _ => null,
    };

    public static IReadOnlyList<CellModel> Row(TableRow r, Text t) => [.. ActionTable.Columns.Select(c => c switch
    {
        ActionColumn.Start => CellModel.Of(r.Start),
        ActionColumn.End => CellModel.Of(r.End),
        ActionColumn.Budget => CellModel.Of(r.Budget is { } b ? (double)b : null),
        ActionColumn.Fte => CellModel.Of(r.Fte is { } f ? Math.Round(f, 2) : null),
        ActionColumn.Impact => CellModel.Of(r.Impact is { } i ? Math.Round(i, 2) : null),
        ActionColumn.Effort => CellModel.Of(r.Effort is { } e ? Math.Round(e, 2) : null),
        _ => CellModel.Of(ActionTableData.Show(t, r, c)),
    })];

    /// <summary>
    /// For a problem about an unknown label: the labels to choose from in Dutch and in English, as the message's
    /// next two arguments (after the cell's text). Other problems get none.
    /// </summary>
    public static string[] ChoicesInBothLanguages(string problemKey) => problemKey switch
    {
        "Strategy.Import.Problem.UnknownStatus" => Labels<ActionStatus>(),
        "Strategy.Import.Problem.UnknownQuadrant" => Labels<Quadrant>(),
        "Strategy.Import.Problem.UnknownPriority" => Labels<ActionPriority>(),
        "Strategy.Import.Problem.UnknownSize" => Labels<ActionSize>(),
        _ => [],
    };

    private static string[] Labels<T>() where T : struct, Enum =>
        [.. new[] { "nl-BE", "en" }.Select(c => string.Join(", ", Enum.GetValues<T>().Select(v => CirculairLocalizer.Find($"Enum.{typeof(T).Name}.{v}", CultureInfo.GetCultureInfo(c)) ?? v.ToString())))];

    /// <summary>The size labels of sheets exported before 2026-12, in Dutch and English.</summary>
    public static readonly IReadOnlyList<(string Label, ActionSize Size)> OldSizeLabels =
    [
        ("Groot project", ActionSize.GrootProject), ("Large project", ActionSize.GrootProject),
        ("Kleine verbetering", ActionSize.KleineVerbetering), ("Small improvement", ActionSize.KleineVerbetering),
    ];

    /// <summary>Every header and label the import understands, in Dutch and English (and the enum names themselves).</summary>
    public static ActionImportVocabulary Vocabulary()
    {
        var v = new ActionImportVocabulary();
        foreach (var culture in new[] { CultureInfo.GetCultureInfo("nl-BE"), CultureInfo.GetCultureInfo("en") })
        {
            string L(string key) => CirculairLocalizer.Find(key, culture) ?? key;
            foreach (var c in ActionTable.Columns)
            {
                v.AddColumn(L($"Strategy.Column.{c}"), c);
                v.AddColumn(c.ToString(), c);
            }
            foreach (var s in Enum.GetValues<ActionStatus>())
            {
                v.AddStatus(L($"Enum.ActionStatus.{s}"), s);
                v.AddStatus(s.ToString(), s);
            }
            foreach (var q in Enum.GetValues<Quadrant>())
            {
                v.AddQuadrant(L($"Enum.Quadrant.{q}"), q);
                v.AddQuadrant(q.ToString(), q);
            }
            foreach (var p in Enum.GetValues<ActionPriority>())
            {
                v.AddPriority(L($"Enum.ActionPriority.{p}"), p);
                v.AddPriority(p.ToString(), p);
            }
            foreach (var s in Enum.GetValues<ActionSize>())
            {
                v.AddSize(L($"Enum.ActionSize.{s}"), s);
                v.AddSize(s.ToString(), s);
            }
            // Sheets exported before the size labels were renamed (they repeated Tool 6's quadrant names) still import.
            foreach (var (old, size) in OldSizeLabels)
            {
                v.AddSize(old, size);
            }
        }
        return v;
    }
}
