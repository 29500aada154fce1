using Circulair.Initiatives;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>
/// Tool 5's overview: how many initiatives per action domain and target group, the empty cells marked in words,
/// each cell a link to the list behind it. The sub-domain breakdown is shown on demand (a plain link, so it
/// works without JavaScript); a status filter narrows the count to, say, running initiatives only. One small
/// projection query; the counting is <see cref="InitiativeMatrix"/>.
/// </summary>
[CachedPage(Shared = true)]
public sealed class MatrixModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "subdomains")]
    public bool ShowSubdomains { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public InitiativeStatus? StatusFilter { get; set; }

    public InitiativeMatrix Matrix { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var query = db.Initiatives.InOrganisation(current.Value.Id);
        if (StatusFilter is { } status)
        {
            query = query.Where(i => i.Status == status);
        }
        var entries = await query.Select(i => new MatrixEntry(i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups)).ToListAsync(ct);
        Matrix = InitiativeMatrix.Count(entries);
    }

    /// <summary>The list behind a cell, a row total, a column total or the whole matrix.</summary>
    public string ListLink(string? domain, SubdomainRef? subdomain, InitiativeTargetGroups? group)
    {
        var parts = new List<string>();
        if (domain is not null)
        {
            parts.Add("domain=" + Uri.EscapeDataString(domain));
            if (subdomain is not null)
            {
                parts.Add("subdomain=" + Uri.EscapeDataString(subdomain.Key));
            }
        }
        if (group is { } g)
        {
            parts.Add("targetGroup=" + g);
        }
        if (StatusFilter is { } s)
        {
            parts.Add("status=" + s);
        }
        return $"/o/{current.Value.Slug}/initiatives" + (parts.Count > 0 ? "?" + string.Join("&", parts) : "");
    }

    public string SelfLink(bool subdomains) =>
        $"/o/{current.Value.Slug}/initiatives/matrix" + (subdomains || StatusFilter is not null ? "?" : "")
        + string.Join("&", new[] { subdomains ? "subdomains=true" : null, StatusFilter is { } s ? "status=" + s : null }.OfType<string>());
}
