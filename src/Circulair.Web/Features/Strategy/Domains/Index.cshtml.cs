using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Strategy;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Strategy.Domains;

/// <summary>
/// Phase 2, step 1: the scan's shortlist of promising domains and every domain the strategy already weighed, with the
/// support found and the decision (kept or dropped, with reason and date). Dropped domains stay listed, marked.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : StrategyPageModel(db, current)
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>Domains not in the list yet, for "another domain".</summary>
    public IReadOnlyList<ActionDomain> Others { get; private set; } = [];

    public bool HasShortlist { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadStrategyWithTreeAsync(TreeParts.DomainsAndGoals, null, ct) is not { } tree)
        {
            return NotFound();
        }
        var shortlist = await Db.ScanDomainAssessments.InOrganisation(Org.Id).Where(a => a.IsPromising)
            .Select(a => new { a.DomainCode, a.PromisingReason }).ToListAsync(ct);
        HasShortlist = shortlist.Count > 0;
        var codes = shortlist.Select(s => s.DomainCode).Union(tree.Domains.Select(d => d.Code)).ToHashSet();
        Rows = [.. ActionDomains.All.Where(d => codes.Contains(d.Code)).Select(d =>
        {
            var node = tree.Domains.FirstOrDefault(n => n.Code == d.Code);
            var scan = shortlist.FirstOrDefault(s => s.DomainCode == d.Code);
            return new Row(d, node, scan is not null, scan?.PromisingReason, node is null ? 0 : tree.GoalsOf(node.Id).Count());
        })];
        Others = [.. ActionDomains.All.Where(d => !codes.Contains(d.Code))];
        return Page();
    }

    public sealed record Row(ActionDomain Domain, DomainNode? Node, bool OnShortlist, string? ShortlistReason, int Goals);
}
