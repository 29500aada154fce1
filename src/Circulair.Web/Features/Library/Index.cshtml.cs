using Circulair.Library;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Library;

/// <summary>
/// The case library (<i>In de praktijk</i>) for every signed-in person of the instance: search by words and filter by
/// domain, sub-domain, R-strategy, value-chain step, role of the local government and place. A GET form, so a search
/// is a link that can be shared.
/// </summary>
public sealed class IndexModel(KnowledgeLibrary library) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    [FromQuery(Name = "subdomain")]
    public string? Subdomain { get; set; }

    [FromQuery(Name = "r")]
    public string? RStrategy { get; set; }

    [FromQuery(Name = "chain")]
    public string? Chain { get; set; }

    [FromQuery(Name = "role")]
    public string? Role { get; set; }

    [FromQuery(Name = "place")]
    public string? Place { get; set; }

    /// <summary>Which page of results (1-based); out of range answers the nearest page.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>
    /// Results per page: an instance library can hold thousands of cases (issue 18, "Speed"), and a page that renders
    /// all of them is slow to send and to read.
    /// </summary>
    public const int PageSize = 50;

    /// <summary>How many cases match the filter (all pages).</summary>
    public int Matches { get; private set; }

    public int PageCount => Math.Max(1, (Matches + PageSize - 1) / PageSize);

    /// <summary>The address of another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }
        Add("q", Filter.Query);
        Add("domain", Filter.Domain);
        Add("subdomain", Filter.Subdomain);
        Add("r", Filter.RStrategy);
        Add("chain", Filter.ValueChain?.Code());
        Add("role", Filter.Role?.Code());
        Add("place", Filter.Place);
        if (page > 1)
        {
            query.Add($"page={page}");
        }
        return query.Count == 0 ? "/library" : "/library?" + string.Join("&", query);
    }

    public CaseFilter Filter { get; private set; } = new();

    public IReadOnlyList<LibraryCase> Results { get; private set; } = [];

    public int Total { get; private set; }

    public void OnGet()
    {
        ViewData["Section"] = "library";
        // Unknown codes in the address are ignored rather than refused: a filter never answers an error page.
        Filter = new CaseFilter(
            Query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 200)] : null,
            Circulair.Reference.ActionDomains.Find(Domain)?.Code,
            Circulair.Reference.ActionDomains.All.SelectMany(d => d.Subdomains).FirstOrDefault(s => s.Code == Subdomain)?.Code,
            Circulair.Reference.RLadder.Find(RStrategy?.ToUpperInvariant())?.Code,
            ValueChainSteps.Parse(Chain),
            GovernmentRoles.Parse(Role),
            Place?.Trim() is { Length: > 0 } p ? p[..Math.Min(p.Length, 100)] : null);
        var found = library.Cases.Search(Filter);
        Matches = found.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Results = [.. found.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
        Total = library.Cases.All.Count;
    }
}
