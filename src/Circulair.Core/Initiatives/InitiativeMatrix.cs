using Circulair.Reference;
using Circulair.Stakeholders;

namespace Circulair.Initiatives;

/// <summary>What the matrix needs of one initiative (a small projection).</summary>
public sealed record MatrixEntry(string Domain, string? SubdomainCode, string? OwnSubdomain, InitiativeTargetGroups TargetGroups);

public enum SubdomainKind
{
    /// <summary>One of the domain's sub-domains in the guide's Figure 3.</summary>
    Listed = 1,

    /// <summary>A sub-domain typed by the organisation.</summary>
    Own = 2,

    /// <summary>Initiatives of the domain without a sub-domain.</summary>
    None = 3,
}

/// <summary>
/// A sub-domain as a row of the matrix and a filter of the list. <see cref="Key"/> is stable text for a link:
/// the listed code ("bio-afval"), "eigen:" plus the own text's comparison key, or "geen".
/// </summary>
public sealed record SubdomainRef(SubdomainKind Kind, string Key, ActionSubdomain? Listed, string? OwnLabel)
{
    public const string OwnPrefix = "eigen:";
    public const string NoneKey = "geen";

    public static SubdomainRef Of(ActionSubdomain listed) => new(SubdomainKind.Listed, listed.Code, listed, null);

    public static SubdomainRef Own(string label) => new(SubdomainKind.Own, OwnPrefix + StakeholderText.NameKey(label), null, label);

    public static readonly SubdomainRef None = new(SubdomainKind.None, NoneKey, null, null);

    /// <summary>Reads a filter value back (not checked against the domain here).</summary>
    public static SubdomainRef? Parse(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return null;
        }
        if (key == NoneKey)
        {
            return None;
        }
        if (key.StartsWith(OwnPrefix, StringComparison.Ordinal))
        {
            var own = key[OwnPrefix.Length..];
            return own.Length == 0 ? null : new SubdomainRef(SubdomainKind.Own, OwnPrefix + own, null, null);
        }
        return new SubdomainRef(SubdomainKind.Listed, key, null, null);
    }

    /// <summary>The own text's comparison key (the part after "eigen:").</summary>
    public string? OwnKey => Kind == SubdomainKind.Own ? Key[OwnPrefix.Length..] : null;
}

/// <summary>One row of the matrix: a domain, or one of its sub-domains. <see cref="Counts"/> follows <see cref="TargetGroupSet.All"/>.</summary>
public sealed record MatrixRow(ActionDomain Domain, SubdomainRef? Subdomain, IReadOnlyList<int> Counts, int Total)
{
    public int CountFor(InitiativeTargetGroups group) => Counts[Column(group)];

    public bool IsEmpty(InitiativeTargetGroups group) => CountFor(group) == 0;

    internal static int Column(InitiativeTargetGroups group)
    {
        for (var i = 0; i < TargetGroupSet.All.Count; i++)
        {
            if (TargetGroupSet.All[i] == group)
            {
                return i;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(group), group, "One target group, not a combination.");
    }
}

/// <summary>
/// Tool 5's overview: action domains (rows) × target groups (columns), counting initiatives. An initiative that
/// reaches several target groups counts once in each of their columns but once only in its row's total, so the
/// columns do not add up to the total; that is the point (the total says how many initiatives, the cells where
/// they reach). Every domain and every listed sub-domain has a row and every target group a column, also when
/// empty: the empty cells are what the inventory is for. Pure; the caller loads the entries in one query.
/// </summary>
public sealed class InitiativeMatrix
{
    private InitiativeMatrix(IReadOnlyList<MatrixDomain> domains, IReadOnlyList<int> columnTotals, int total)
    {
        Domains = domains;
        ColumnTotals = columnTotals;
        Total = total;
    }

    public static IReadOnlyList<InitiativeTargetGroups> Columns => TargetGroupSet.All;

    public IReadOnlyList<MatrixDomain> Domains { get; }

    /// <summary>Initiatives per target group (an initiative counts in every group it reaches).</summary>
    public IReadOnlyList<int> ColumnTotals { get; }

    /// <summary>Initiatives counted (each once).</summary>
    public int Total { get; }

    /// <summary>Cells of the domain rows (5 × 7) without any initiative.</summary>
    public int EmptyCells => Domains.Sum(d => d.Row.Counts.Count(c => c == 0));

    public int CellCount => Domains.Count * Columns.Count;

    public int ColumnTotal(InitiativeTargetGroups group) => ColumnTotals[MatrixRow.Column(group)];

    public static InitiativeMatrix Count(IEnumerable<MatrixEntry> entries)
    {
        var columns = TargetGroupSet.All;
        var byDomain = InitiativeDomains.All.ToDictionary(d => d.Code, d => new Tally(d));
        var columnTotals = new int[columns.Count];
        var total = 0;
        foreach (var e in entries)
        {
            if (!byDomain.TryGetValue(e.Domain, out var tally))
            {
                continue;
            }
            total++;
            for (var c = 0; c < columns.Count; c++)
            {
                if ((e.TargetGroups & columns[c]) != 0)
                {
                    columnTotals[c]++;
                }
            }
            tally.Add(e);
        }
        return new InitiativeMatrix([.. InitiativeDomains.All.Select(d => byDomain[d.Code].ToDomain())], columnTotals, total);
    }

    /// <summary>Counts of one domain while entries come in.</summary>
    private sealed class Tally(ActionDomain domain)
    {
        private readonly int[] _counts = new int[TargetGroupSet.All.Count];
        private int _total;
        private readonly Dictionary<string, (SubdomainRef Ref, int[] Counts, int Total)> _subs = new(StringComparer.Ordinal);

        public void Add(MatrixEntry e)
        {
            _total++;
            Increment(_counts, e.TargetGroups);
            var sub = e.SubdomainCode is { } code && domain.Subdomains.FirstOrDefault(s => s.Code == code) is { } listed ? SubdomainRef.Of(listed)
                : StakeholderText.Clean(e.OwnSubdomain) is { } own ? SubdomainRef.Own(own)
                : SubdomainRef.None;
            if (!_subs.TryGetValue(sub.Key, out var row))
            {
                row = (sub, new int[TargetGroupSet.All.Count], 0);
            }
            Increment(row.Counts, e.TargetGroups);
            _subs[sub.Key] = row with { Total = row.Total + 1 };
        }

        private static void Increment(int[] counts, InitiativeTargetGroups groups)
        {
            for (var c = 0; c < counts.Length; c++)
            {
                if ((groups & TargetGroupSet.All[c]) != 0)
                {
                    counts[c]++;
                }
            }
        }

        public MatrixDomain ToDomain()
        {
            var rows = new List<MatrixRow>();
            // Every listed sub-domain, in the guide's order, also when empty.
            foreach (var s in domain.Subdomains)
            {
                rows.Add(_subs.TryGetValue(s.Code, out var r)
                    ? new MatrixRow(domain, r.Ref, r.Counts, r.Total)
                    : new MatrixRow(domain, SubdomainRef.Of(s), new int[TargetGroupSet.All.Count], 0));
            }
            // Then the organisation's own sub-domains (only those in use), alphabetically, and last the initiatives without one.
            rows.AddRange(_subs.Values
                .Where(r => r.Ref.Kind == SubdomainKind.Own)
                .OrderBy(r => r.Ref.Key, StringComparer.Ordinal)
                .Select(r => new MatrixRow(domain, r.Ref, r.Counts, r.Total)));
            if (_subs.TryGetValue(SubdomainRef.NoneKey, out var none))
            {
                rows.Add(new MatrixRow(domain, none.Ref, none.Counts, none.Total));
            }
            return new MatrixDomain(new MatrixRow(domain, null, _counts, _total), rows);
        }
    }
}

/// <summary>A domain's row and, for the breakdown on demand, its sub-domain rows.</summary>
public sealed record MatrixDomain(MatrixRow Row, IReadOnlyList<MatrixRow> Subdomains);
