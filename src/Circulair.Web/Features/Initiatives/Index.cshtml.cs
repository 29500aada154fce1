using Circulair.Initiatives;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// The inventory of existing initiatives (Tool 5) as a list: search, filter by domain (and sub-domain, from the
/// matrix), target group and status, and page through it. Each cell of the matrix links here with its filters.
/// Filtering and paging happen in the database.
/// </summary>
[CachedPage(Shared = true)]
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "domain")]
    public string? DomainFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "subdomain")]
    public string? SubdomainFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "targetGroup")]
    public InitiativeTargetGroups? TargetGroupFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public InitiativeStatus? StatusFilter { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ListRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public int Filtered { get; private set; }
    public int PageCount => Math.Max(1, (Filtered + PageSize - 1) / PageSize);

    /// <summary>The sub-domain filter as a readable label (from the matrix's breakdown), or null.</summary>
    public string? SubdomainFilterLabel { get; private set; }

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query) || Domain is not null || Subdomain is not null || TargetGroup is not null || StatusFilter is not null;

    /// <summary>The domain filter when it names one of the five domains.</summary>
    public string? Domain => InitiativeDomains.Find(DomainFilter)?.Code;

    public SubdomainRef? Subdomain => Domain is null ? null : SubdomainRef.Parse(SubdomainFilter);

    public InitiativeTargetGroups? TargetGroup => TargetGroupFilter is { } g && TargetGroupSet.IsSingle(g) ? g : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var orgId = current.Value.Id;
        var all = db.Initiatives.InOrganisation(orgId);
        Total = await all.CountAsync(ct);

        var query = all;
        if (StakeholderText.Clean(Query) is { } q)
        {
            var key = StakeholderText.NameKey(q);
            var lower = q.ToLowerInvariant();
            query = query.Where(i => i.NameKey.Contains(key)
                || (i.Description != null && i.Description.ToLower().Contains(lower))
                || (i.LeadName != null && i.LeadName.ToLower().Contains(lower))
                || (i.OwnSubdomainKey != null && i.OwnSubdomainKey.Contains(key)));
        }
        if (Domain is { } domain)
        {
            query = query.Where(i => i.Domain == domain);
            if (Subdomain is { } sub)
            {
                query = query.WithSubdomain(sub);
                SubdomainFilterLabel = sub.Kind switch
                {
                    SubdomainKind.Listed => InitiativeDomains.FindSubdomain(domain, sub.Key)?.Label.ToString() ?? sub.Key,
                    SubdomainKind.Own => await all.Where(i => i.OwnSubdomainKey == sub.OwnKey).Select(i => i.OwnSubdomain).FirstOrDefaultAsync(ct) ?? sub.OwnKey,
                    _ => null,
                };
            }
        }
        if (TargetGroup is { } group)
        {
            query = query.WithTargetGroup(group);
        }
        if (StatusFilter is { } status)
        {
            query = query.Where(i => i.Status == status);
        }
        Filtered = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = await query
            .OrderBy(i => i.NameKey).ThenBy(i => i.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(i => new ListRow(i.Id, i.Name, i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups, i.OtherTargetGroup, i.Status,
                i.LeadStakeholder != null ? i.LeadStakeholder.Name : i.LeadName))
            .ToListAsync(ct);
    }

    /// <summary>The current query string with some values replaced (null removes), for page links and removing a filter.</summary>
    public string Link(params (string Key, string? Value)[] changes)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["domain"] = Domain,
            ["subdomain"] = Subdomain?.Key,
            ["targetGroup"] = TargetGroup?.ToString(),
            ["status"] = StatusFilter?.ToString(),
            ["p"] = PageNumber > 1 ? PageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }
        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{v.Key}={Uri.EscapeDataString(v.Value!)}"));
        return $"/o/{current.Value.Slug}/initiatives" + (query.Length > 0 ? "?" + query : "");
    }

    /// <summary>"New initiative" with the filtered domain, sub-domain and target group filled in.</summary>
    public string NewLink()
    {
        var parts = new List<string>();
        if (Domain is { } d)
        {
            parts.Add("domain=" + Uri.EscapeDataString(d));
            if (Subdomain is { Kind: SubdomainKind.Listed } s)
            {
                parts.Add("subdomain=" + Uri.EscapeDataString(s.Key));
            }
        }
        if (TargetGroup is { } g)
        {
            parts.Add("targetGroup=" + g);
        }
        return $"/o/{current.Value.Slug}/initiatives/new" + (parts.Count > 0 ? "?" + string.Join("&", parts) : "");
    }
}

public sealed record ListRow(
    int Id, string Name, string Domain, string? SubdomainCode, string? OwnSubdomain, InitiativeTargetGroups TargetGroups, string? OtherTargetGroup,
    InitiativeStatus Status, string? Lead);
