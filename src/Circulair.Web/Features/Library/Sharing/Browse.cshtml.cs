using Circulair.Library;
using Circulair.Library.Sharing;
using Circulair.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// The shared library: what local governments of this instance published, found by words, kind, domain, R-strategy
/// and value-chain step (a GET form, like the cases). Nothing unpublished is read.
/// </summary>
public sealed class BrowseModel(CirculairDbContext db) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "kind")]
    public string? KindCode { get; set; }

    [FromQuery(Name = "domain")]
    public string? Domain { get; set; }

    [FromQuery(Name = "r")]
    public string? RStrategy { get; set; }

    [FromQuery(Name = "chain")]
    public string? Chain { get; set; }

    public SharedFilter Filter { get; private set; } = new(new CaseFilter(), null);

    public IReadOnlyList<SharedItemRow> Results { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "library";
        Filter = Read(Query, KindCode, Domain, RStrategy, Chain);
        Results = await Filter.SearchAsync(db, ct);
    }

    /// <summary>Unknown codes in the address are ignored rather than refused, as on the case library.</summary>
    public static SharedFilter Read(string? query, string? kind, string? domain, string? r, string? chain) => new(
        new CaseFilter(
            query?.Trim() is { Length: > 0 } q ? q[..Math.Min(q.Length, 200)] : null,
            Circulair.Reference.ActionDomains.Find(domain)?.Code,
            null,
            Circulair.Reference.RLadder.Find(r?.ToUpperInvariant())?.Code,
            ValueChainSteps.Parse(chain)),
        Enum.TryParse<SharedItemKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(kind, out _) ? k : null);
}
