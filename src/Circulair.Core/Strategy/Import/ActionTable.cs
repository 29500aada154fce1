using Circulair.Prioritisation;

namespace Circulair.Strategy.Import;

/// <summary>The columns of Tool 8, the action table (the method's columns, which are ours, plus quadrant, size and neighbours).</summary>
public enum ActionColumn
{
    Number = 1,
    Title,
    Goal,
    ActionLine,
    Domain,
    Owner,
    Partners,
    Start,
    End,
    Budget,
    Fte,
    Impact,
    Effort,
    Quadrant,
    Priority,
    Status,
    Indicator,
    Size,
    Neighbours,
}

/// <summary>
/// The layout of the action table as a file: the sheet's name, the columns in order, which columns an import
/// reads back (matched by action number) and which it only derives (goal and domain follow the line; budget and
/// FTE the sheet; impact, effort and quadrant the ratings; partners are edited on the action sheet).
/// </summary>
public static class ActionTable
{
    public const string SheetName = "Acties";
    public const int MaxRows = 5000;

    public static readonly IReadOnlyList<ActionColumn> Columns = Enum.GetValues<ActionColumn>();

    public static readonly IReadOnlySet<ActionColumn> Importable = new HashSet<ActionColumn>
    {
        ActionColumn.Title, ActionColumn.ActionLine, ActionColumn.Owner, ActionColumn.Start, ActionColumn.End,
        ActionColumn.Priority, ActionColumn.Status, ActionColumn.Indicator, ActionColumn.Size, ActionColumn.Neighbours,
    };

    public static bool IsDerived(ActionColumn column) => column != ActionColumn.Number && !Importable.Contains(column);
}

/// <summary>
/// The words an import understands, in both languages: column headers and the labels of statuses, quadrants,
/// priorities and sizes. Built by the web layer from its resources; matching ignores case, accents and spacing.
/// </summary>
public sealed class ActionImportVocabulary
{
    private readonly Dictionary<string, ActionColumn> _columns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Quadrant> _quadrants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionPriority> _priorities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ActionSize> _sizes = new(StringComparer.Ordinal);

    /// <summary>
    /// Words people type for a status besides its labels, in Dutch and English; every vocabulary understands them.
    /// ("Bezig" is left out on purpose: it stays an unknown status until the team decides between Gepland and Lopend.)
    /// </summary>
    public static readonly IReadOnlyDictionary<ActionStatus, string[]> StatusSynonyms = new Dictionary<ActionStatus, string[]>
    {
        [ActionStatus.Idee] = ["Idee", "Idea", "Voorstel", "Proposal", "Concept"],
        [ActionStatus.Gepland] = ["Gepland", "Planned", "Ingepland", "Scheduled", "Te doen", "To do", "Todo", "Niet gestart", "Not started"],
        [ActionStatus.Lopend] = ["Lopend", "Running", "In progress", "Ongoing", "In uitvoering", "Gestart", "Started", "Actief", "Active", "In behandeling", "Busy"],
        [ActionStatus.Afgerond] = ["Afgerond", "Completed", "Complete", "Done", "Finished", "Klaar", "Voltooid", "Afgewerkt", "Gerealiseerd", "Realised", "Realized"],
        [ActionStatus.OnHold] = ["On hold", "On-hold", "Paused", "Gepauzeerd", "Uitgesteld", "Postponed", "Geparkeerd", "In wacht", "Waiting"],
        [ActionStatus.Stopgezet] = ["Stopgezet", "Stopped", "Gestopt", "Cancelled", "Canceled", "Geannuleerd", "Afgebroken", "Abandoned", "Geschrapt", "Dropped"],
    };

    public ActionImportVocabulary()
    {
        foreach (var (status, words) in StatusSynonyms)
        {
            foreach (var word in words)
            {
                AddStatus(word, status);
            }
        }
    }

    public void AddColumn(string header, ActionColumn column) => _columns.TryAdd(Key(header), column);

    public void AddStatus(string label, ActionStatus status) => _statuses.TryAdd(Key(label), status);

    public void AddQuadrant(string label, Quadrant quadrant) => _quadrants.TryAdd(Key(label), quadrant);

    public void AddPriority(string label, ActionPriority priority) => _priorities.TryAdd(Key(label), priority);

    public void AddSize(string label, ActionSize size) => _sizes.TryAdd(Key(label), size);

    public ActionColumn? Column(string header) => _columns.TryGetValue(Key(header), out var c) ? c : null;

    public ActionStatus? Status(string label) => _statuses.TryGetValue(Key(label), out var v) ? v : null;

    public Quadrant? Quadrant(string label) => _quadrants.TryGetValue(Key(label), out var v) ? v : null;

    public ActionPriority? Priority(string label) => _priorities.TryGetValue(Key(label), out var v) ? v : null;

    public ActionSize? Size(string label) => _sizes.TryGetValue(Key(label), out var v) ? v : null;

    public static string Key(string text) => Stakeholders.StakeholderText.NameKey(text);
}
