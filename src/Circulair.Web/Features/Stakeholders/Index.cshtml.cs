using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>
/// The stakeholder register (Tool 1): search, filter by group, internal/external, approach and engagement, sort
/// and page through it; and the organisation's own stakeholder groups. Filtering, sorting and paging happen in
/// the database on a projection, so a register of thousands stays quick.
/// </summary>
[CachedPage(Shared = true)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    public const int PageSize = 100;
    public const string Unrated = "none";

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "group")]
    public string? GroupFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "side")]
    public StakeholderSide? SideFilter { get; set; }

    /// <summary>An approach name, or <see cref="Unrated"/>.</summary>
    [BindProperty(SupportsGet = true, Name = "approach")]
    public string? ApproachFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "engagement")]
    public StakeholderEngagement? EngagementFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "tag")]
    public string? TagFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "desc")]
    public bool Descending { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The "add a group" form; bound only by its own handler, so the other forms on the page do not validate it.</summary>
    public GroupInput NewGroup { get; set; } = new();

    public IReadOnlyList<RegisterRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Filtered { get; private set; }
    public int PageCount => Math.Max(1, (Filtered + PageSize - 1) / PageSize);
    public IReadOnlyList<GroupRow> OwnGroups { get; private set; } = [];
    public List<SelectListItem> GroupItems { get; private set; } = [];

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query) || GroupFilter is { Length: > 0 } || SideFilter is not null
        || ApproachFilter is { Length: > 0 } || EngagementFilter is not null || TagFilter is { Length: > 0 };

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>A POST without a handler this page knows; without this Razor Pages would render the page unloaded.</summary>
    public IActionResult OnPost() => StatusCode(StatusCodes.Status405MethodNotAllowed);

    public async Task<IActionResult> OnPostAddGroupAsync([Bind(Prefix = nameof(NewGroup))] GroupInput newGroup, CancellationToken ct)
    {
        NewGroup = newGroup;
        var org = current.Value;
        var key = StakeholderText.NameKey(NewGroup.Name ?? "");
        if (ModelState.IsValid)
        {
            // "Zonder groep" reads as no group in an imported sheet, so it cannot be an own group's name either.
            var clashesWithFixed = Enum.GetValues<StakeholderGroup>().Any(g => StakeholderText.NameKey(t.Enum(g)) == key)
                || StakeholderText.NameKey(t["Stakeholders.Groups.None"]) == key;
            if (clashesWithFixed || await db.CustomStakeholderGroups.InOrganisation(org.Id).AnyAsync(g => g.NameKey == key, ct))
            {
                ModelState.AddModelError($"{nameof(NewGroup)}.{nameof(GroupInput.Name)}", t["Stakeholders.Groups.Exists", NewGroup.Name!.Trim()]);
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        db.CustomStakeholderGroups.Add(new CustomStakeholderGroup(org.Id, NewGroup.Name!));
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Stakeholders.Groups.Added";
        return Redirect($"/o/{org.Slug}/stakeholders#groepen");
    }

    public async Task<IActionResult> OnPostRemoveGroupAsync(int groupId, CancellationToken ct)
    {
        var org = current.Value;
        var group = await db.CustomStakeholderGroups.InOrganisation(org.Id).FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null)
        {
            return NotFound();
        }
        var used = await db.Stakeholders.InOrganisation(org.Id).CountAsync(s => s.CustomGroupId == groupId, ct);
        if (used > 0)
        {
            ModelState.AddModelError("", t.Count("Stakeholders.Groups.InUse", used, group.Name));
            await LoadAsync(ct);
            return Page();
        }
        db.CustomStakeholderGroups.Remove(group);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Stakeholders.Groups.Removed";
        return Redirect($"/o/{org.Slug}/stakeholders#groepen");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "stakeholders";
        var orgId = current.Value.Id;
        var all = db.Stakeholders.InOrganisation(orgId);
        Total = await all.CountAsync(ct);

        var query = all;
        if (StakeholderText.Clean(Query) is { } q)
        {
            var key = StakeholderText.NameKey(q);
            var lower = q.ToLowerInvariant();
            query = query.Where(s => s.NameKey.Contains(key)
                || (s.Department != null && s.Department.ToLower().Contains(lower))
                || (s.Tags != null && s.Tags.Contains(lower))
                || (s.Notes != null && s.Notes.ToLower().Contains(lower)));
        }
        if (StakeholderLabels.TryParseGroup(GroupFilter, out var group, out var customGroupId))
        {
            query = customGroupId is { } id
                ? query.Where(s => s.CustomGroupId == id)
                : query.Where(s => s.Group == group && s.CustomGroupId == null);
        }
        if (SideFilter is { } side)
        {
            query = query.Where(s => s.Side == side);
        }
        if (ApproachFilter == Unrated)
        {
            query = query.Unrated();
        }
        else if (Enum.TryParse<StakeholderApproach>(ApproachFilter, out var approach) && Enum.IsDefined(approach))
        {
            query = query.WithApproach(approach);
        }
        if (EngagementFilter is { } engagement)
        {
            query = query.Where(s => s.Engagement == engagement);
        }
        if (TagFilter is { Length: > 0 } tag)
        {
            query = query.WithTag(tag);
        }
        Filtered = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);

        Rows = await Ordered(query)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(s => new RegisterRow(s.Id, s.Name, s.Kind, s.Department, s.Group, s.CustomGroup != null ? s.CustomGroup.Name : null, s.Side, s.Power, s.Interest, s.Engagement, s.Tags))
            .ToListAsync(ct);

        OwnGroups = await db.CustomStakeholderGroups.InOrganisation(orgId)
            .OrderBy(g => g.Name)
            .Select(g => new GroupRow(g.Id, g.Name, db.Stakeholders.Count(s => s.CustomGroupId == g.Id)))
            .ToListAsync(ct);
        GroupItems = StakeholderLabels.GroupItems(t, OwnGroups.Select(g => (g.Id, g.Name)), t["Stakeholders.Filter.All"], t["Stakeholders.Groups.None"]);
    }

    private IQueryable<Stakeholder> Ordered(IQueryable<Stakeholder> query)
    {
        var ordered = (Sort, Descending) switch
        {
            ("group", false) => query.OrderBy(s => s.Group == null).ThenBy(s => s.Group).ThenBy(s => s.CustomGroup!.Name),
            ("group", true) => query.OrderBy(s => s.Group == null).ThenByDescending(s => s.Group).ThenByDescending(s => s.CustomGroup!.Name),
            ("side", false) => query.OrderBy(s => s.Side == null).ThenBy(s => s.Side),
            ("side", true) => query.OrderBy(s => s.Side == null).ThenByDescending(s => s.Side),
            ("power", false) => query.OrderBy(s => s.Power == null).ThenBy(s => s.Power),
            ("power", true) => query.OrderBy(s => s.Power == null).ThenByDescending(s => s.Power),
            ("interest", false) => query.OrderBy(s => s.Interest == null).ThenBy(s => s.Interest),
            ("interest", true) => query.OrderBy(s => s.Interest == null).ThenByDescending(s => s.Interest),
            ("approach", false) => query.OrderBy(StakeholderQueries.ApproachRank()),
            ("approach", true) => query.OrderByDescending(StakeholderQueries.ApproachRank()),
            ("engagement", false) => query.OrderBy(s => s.Engagement == null).ThenBy(s => s.Engagement),
            ("engagement", true) => query.OrderBy(s => s.Engagement == null).ThenByDescending(s => s.Engagement),
            (_, true) => query.OrderByDescending(s => s.NameKey),
            _ => query.OrderBy(s => s.NameKey),
        };
        return ordered.ThenBy(s => s.NameKey).ThenBy(s => s.Id);
    }

    /// <summary>The current query string with some values replaced (null removes), for sort and page links.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["group"] = GroupFilter,
            ["side"] = SideFilter?.ToString(),
            ["approach"] = ApproachFilter,
            ["engagement"] = EngagementFilter?.ToString(),
            ["tag"] = TagFilter,
            ["sort"] = Sort,
            ["desc"] = Descending ? "true" : null,
            ["p"] = PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return $"/o/{current.Value.Slug}/stakeholders" + (query.Length > 0 ? "?" + query : "");
    }

    public string SortLink(string column) => Link(("sort", column), ("desc", Sort == column && !Descending ? "true" : null), ("p", null));

    public string? AriaSort(string column) => (Sort ?? "name") == column ? (Descending ? "descending" : "ascending") : null;

    public sealed class GroupInput
    {
        [Display(Name = "Stakeholders.Groups.Name")]
        [Required(ErrorMessage = "Stakeholders.Validation.GroupNameRequired")]
        [StringLength(CustomStakeholderGroup.NameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }
    }
}

public sealed record RegisterRow(
    int Id, string Name, StakeholderKind? Kind, string? Department, StakeholderGroup? Group, string? CustomGroupName,
    StakeholderSide? Side, StakeholderLevel? Power, StakeholderLevel? Interest, StakeholderEngagement? Engagement, string? Tags)
{
    public StakeholderApproach? Approach => StakeholderGrid.ApproachFor(Power, Interest);
}

public sealed record GroupRow(int Id, string Name, int Count);
