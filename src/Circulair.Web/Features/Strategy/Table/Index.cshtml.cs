using Circulair.Persistence;
using Circulair.Prioritisation;
using Circulair.Strategy;
using Circulair.Strategy.Import;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Circulair.Web.Features.Strategy.Table;

/// <summary>
/// Tool 8, the action table: the actions of the strategy in one table with the method's columns. Search, filter by
/// status, quadrant, domain and goal, sort by any column, choose the columns; everything is in the address (a GET
/// form), so a view can be bookmarked and works without JavaScript. Search, filters and sort apply to every action;
/// then the table shows one page of <see cref="DefaultPageSize"/> (or 50, or all with <c>size=all</c>). Exports to
/// .xlsx and .csv (always every action); imports them back. Cached (decision 0171): it reads only organisation data.
/// </summary>
[CachedPage(Shared = true)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t) : StrategyPageModel(db, current)
{
    /// <summary>The method's columns plus the quadrant; size and neighbours can be switched on.</summary>
    public static readonly IReadOnlyList<ActionColumn> DefaultColumns = [.. ActionTable.Columns.Where(c => c is not (ActionColumn.Size or ActionColumn.Neighbours))];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public ActionStatus? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "quadrant")]
    public string? QuadrantFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "domain")]
    public int? DomainFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "goal")]
    public int? GoalFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public ActionColumn? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "cols")]
    public List<ActionColumn> Columns { get; set; } = [];

    public const string Unrated = "none";

    /// <summary>Actions per page unless the reader chooses otherwise: small enough to send fast, large enough to scan.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The page sizes the reader can choose, besides <see cref="AllSize"/>.</summary>
    public static readonly IReadOnlyList<int> PageSizes = [50, DefaultPageSize];

    /// <summary>The <c>size</c> value that shows every action on one page.</summary>
    public const string AllSize = "all";

    /// <summary>The page shown (query <c>p</c>; <c>page</c> is reserved by Razor Pages); out of range shows the nearest page.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int? PageNumberInput { get; set; }

    /// <summary>50, 100 or <see cref="AllSize"/>; anything else is the default.</summary>
    [BindProperty(SupportsGet = true, Name = "size")]
    public string? SizeInput { get; set; }

    /// <summary>Actions per page; null shows all.</summary>
    public int? PageSize { get; private set; } = DefaultPageSize;

    public int PageNumber { get; private set; } = 1;

    public int PageCount { get; private set; } = 1;

    /// <summary>How many actions the search and filters keep (before paging).</summary>
    public int Matching { get; private set; }

    /// <summary>The 1-based position of the first row shown among the matching actions.</summary>
    public int FirstShown => Rows.Count == 0 ? 0 : ((PageNumber - 1) * (PageSize ?? 0)) + 1;

    public int LastShown => FirstShown + Rows.Count - 1;

    /// <summary>The <c>size</c> value of the current view, as links carry it (null for the default).</summary>
    public string? SizeValue => PageSize switch
    {
        null => AllSize,
        DefaultPageSize => null,
        var n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public IReadOnlyList<TableRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public IReadOnlyList<(int Id, string Label)> Domains { get; private set; } = [];
    public IReadOnlyList<(int Id, string Label)> Goals { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Search) || StatusFilter is not null || QuadrantFilter is { Length: > 0 } || DomainFilter is not null || GoalFilter is not null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return NotFound();
        }
        // Partners, budget and FTE only for the rows shown, unless the search (it looks in the partners) or the sort needs
        // them for every action (decision 0341): a rendered first page of 1,000 actions then reads 100 actions' details.
        var search = Search?.Trim() is { Length: > 0 };
        var detailsFirst = search || Sort is ActionColumn.Partners or ActionColumn.Budget or ActionColumn.Fte;
        var (all, people) = await ActionTableData.LoadAsync(Db, Org.Id, TrajectoryId, detailsFirst, ct);
        Total = all.Count;
        Domains = [.. all.Where(r => r.DomainId is not null).GroupBy(r => r.DomainId!.Value).Select(g => (g.Key, g.First().Domain ?? "")).OrderBy(d => d.Item2, StringComparer.CurrentCulture)];
        Goals = [.. all.Where(r => r.GoalId is not null && (DomainFilter is null || r.DomainId == DomainFilter)).GroupBy(r => r.GoalId!.Value).Select(g => (g.Key, g.First().Goal ?? ""))];
        Columns = Columns.Where(Enum.IsDefined).Distinct().ToList();
        if (Columns.Count == 0)
        {
            Columns = [.. DefaultColumns];
        }
        if (!Columns.Contains(ActionColumn.Number))
        {
            Columns.Insert(0, ActionColumn.Number);
        }
        Columns = [.. ActionTable.Columns.Where(Columns.Contains)];

        IEnumerable<TableRow> rows = all;
        if (Search?.Trim() is { Length: > 0 } q)
        {
            rows = rows.Where(r => new[] { r.Number, r.Title, r.Owner, r.Partners, r.Indicator, r.Line, r.Goal, r.Neighbours }
                .Any(x => x is not null && x.Contains(q, StringComparison.CurrentCultureIgnoreCase)));
        }
        if (StatusFilter is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }
        if (QuadrantFilter == Unrated)
        {
            rows = rows.Where(r => r.Quadrant is null);
        }
        else if (Enum.TryParse<Quadrant>(QuadrantFilter, out var quadrant) && Enum.IsDefined(quadrant))
        {
            rows = rows.Where(r => r.Quadrant == quadrant);
        }
        if (DomainFilter is { } domain)
        {
            rows = rows.Where(r => r.DomainId == domain);
        }
        if (GoalFilter is { } goal)
        {
            rows = rows.Where(r => r.GoalId == goal);
        }
        if (Sort is { } sort && Enum.IsDefined(sort))
        {
            var comparer = ActionTableData.Comparer(sort, t);
            var list = rows.ToList();
            list.Sort((a, b) => Descending ? comparer.Compare(b, a) : comparer.Compare(a, b));
            rows = list;
        }
        var matching = rows as IReadOnlyList<TableRow> ?? [.. rows];
        Matching = matching.Count;
        PageSize = SizeInput == AllSize ? null
            : int.TryParse(SizeInput, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && PageSizes.Contains(size) ? size
            : DefaultPageSize;
        if (PageSize is { } perPage)
        {
            PageCount = Math.Max(1, (Matching + perPage - 1) / perPage);
            PageNumber = Math.Clamp(PageNumberInput ?? 1, 1, PageCount);
            Rows = [.. matching.Skip((PageNumber - 1) * perPage).Take(perPage)];
        }
        else
        {
            Rows = matching;
        }
        if (!detailsFirst)
        {
            Rows = await ActionTableData.WithDetailsAsync(Db, Org.Id, TrajectoryId, Rows, people, ct);
        }
        return Page();
    }

    /// <summary>The current address with some query values replaced (null removes one).</summary>
    public string TableLink(params (string Key, string? Value)[] changes)
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value) && !changes.Any(c => c.Key == key))
            {
                query.Add(new(key, value));
            }
        }
        Add("q", Search);
        Add("status", StatusFilter?.ToString());
        Add("quadrant", QuadrantFilter);
        Add("domain", DomainFilter?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("goal", GoalFilter?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("sort", Sort?.ToString());
        Add("desc", Descending ? "true" : null);
        Add("size", SizeValue);
        Add("p", PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        if (!changes.Any(c => c.Key == "cols") && !Columns.SequenceEqual(DefaultColumns))
        {
            query.AddRange(Columns.Select(c => new KeyValuePair<string, string?>("cols", c.ToString())));
        }
        query.AddRange(changes.Where(c => c.Value is not null).Select(c => new KeyValuePair<string, string?>(c.Key, c.Value)));
        return QueryHelpers.AddQueryString(Link("/table"), query);
    }

    /// <summary>Sorting by another column starts again at the first page.</summary>
    public string SortLink(ActionColumn column) =>
        TableLink(("sort", column.ToString()), ("desc", Sort == column && !Descending ? "true" : null), ("p", null));

    public string PageLink(int number) => TableLink(("p", number > 1 ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : null));

    public string AllLink => TableLink(("size", AllSize), ("p", null));

    /// <summary>The page numbers the pagination shows: the first, the last and two on either side of the current one; null is a gap.</summary>
    public IReadOnlyList<int?> PageNumbers() => Circulair.Web.Platform.Forms.Pagination.Numbers(PageNumber, PageCount);

    public string? AriaSort(ActionColumn column) => Sort == column ? (Descending ? "descending" : "ascending") : null;
}
