using Circulair.Stakeholders;

namespace Circulair.Initiatives.Import;

/// <summary>
/// The contract between the export and the import of the inventory (Tool 5 workbook): sheet names, columns, which
/// columns an import needs, and how multi-valued cells are split. Header texts and value labels are localised in
/// the web layer and handed in as an <see cref="InitiativeVocabulary"/>.
/// </summary>
public static class InitiativeSheet
{
    public const string SheetName = "Initiatieven";
    public const string MatrixSheetName = "Matrix";

    /// <summary>The most data rows one import reads.</summary>
    public const int MaxRows = 10_000;

    /// <summary>Between values in one cell (target groups, partners) as the export writes them.</summary>
    public const string Separator = "; ";

    public static readonly IReadOnlyList<InitiativeColumn> Columns = Enum.GetValues<InitiativeColumn>();

    /// <summary>The minimal sheet: name, domain, target groups and status.</summary>
    public static readonly IReadOnlyList<InitiativeColumn> RequiredColumns =
        [InitiativeColumn.Name, InitiativeColumn.Domain, InitiativeColumn.TargetGroups, InitiativeColumn.Status];

    /// <summary>Target groups typed in one cell: separated by semicolons, commas, slashes or line breaks.</summary>
    public static IReadOnlyList<string> SplitList(string? cell) =>
        cell is null ? [] : [.. cell.Split([';', ',', '/', '\n', '\r', '|'], StringSplitOptions.RemoveEmptyEntries).Select(StakeholderText.Clean).OfType<string>()];

    /// <summary>
    /// Stakeholder names in one cell, separated by semicolons or line breaks. A name that itself holds a
    /// semicolon is still found: the longest run of pieces that forms a known name wins. Pieces that form no known
    /// name come back in <paramref name="unknown"/>.
    /// </summary>
    public static IReadOnlyList<int> MatchNames(string? cell, IReadOnlyDictionary<string, int> idsByNameKey, out IReadOnlyList<string> unknown)
    {
        var found = new List<int>();
        var missing = new List<string>();
        unknown = missing;
        if (string.IsNullOrWhiteSpace(cell))
        {
            return found;
        }
        var pieces = cell.Replace("\r\n", "\n", StringComparison.Ordinal).Split([';', '\n', '\r']);
        var i = 0;
        while (i < pieces.Length)
        {
            if (StakeholderText.Clean(pieces[i]) is null)
            {
                i++;
                continue;
            }
            var matched = false;
            for (var j = pieces.Length; j > i; j--)
            {
                var candidate = string.Join(';', pieces[i..j]);
                if (idsByNameKey.TryGetValue(StakeholderText.NameKey(candidate), out var id))
                {
                    found.Add(id);
                    i = j;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                missing.Add(StakeholderText.Clean(pieces[i])!);
                i++;
            }
        }
        return found;
    }
}

/// <summary>
/// The words an import understands: header texts per column and labels per status and target group, in every
/// language the product speaks. Matching ignores case, accents and extra spaces. Enum and column names in code
/// form ("KwetsbareGroepen", "WebLink") are always understood. Domains and sub-domains are matched by
/// <see cref="InitiativeDomains"/> (codes and both languages).
/// </summary>
public sealed class InitiativeVocabulary
{
    private readonly Dictionary<string, InitiativeColumn> _headers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InitiativeStatus> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InitiativeTargetGroups> _groups = new(StringComparer.Ordinal);

    public InitiativeVocabulary()
    {
        foreach (var column in InitiativeSheet.Columns)
        {
            AddHeader(column, column.ToString());
        }
        foreach (var status in Enum.GetValues<InitiativeStatus>())
        {
            AddStatus(status, status.ToString());
        }
        foreach (var group in TargetGroupSet.All)
        {
            AddTargetGroup(group, group.ToString());
        }
    }

    public InitiativeVocabulary AddHeader(InitiativeColumn column, string text)
    {
        _headers.TryAdd(StakeholderText.NameKey(text), column);
        return this;
    }

    public InitiativeVocabulary AddStatus(InitiativeStatus status, string text)
    {
        _statuses.TryAdd(StakeholderText.NameKey(text), status);
        return this;
    }

    public InitiativeVocabulary AddTargetGroup(InitiativeTargetGroups group, string text)
    {
        _groups.TryAdd(StakeholderText.NameKey(text), group);
        return this;
    }

    public InitiativeColumn? Column(string? header) =>
        header is not null && _headers.TryGetValue(StakeholderText.NameKey(header), out var c) ? c : null;

    public InitiativeStatus? Status(string text) => _statuses.TryGetValue(StakeholderText.NameKey(text), out var s) ? s : null;

    public InitiativeTargetGroups? TargetGroup(string text) => _groups.TryGetValue(StakeholderText.NameKey(text), out var g) ? g : null;
}
