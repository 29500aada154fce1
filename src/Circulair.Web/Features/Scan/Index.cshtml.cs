using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Features.Scan.Import;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>The opportunity scan (<i>circulaire scan</i>) of phase 1: its datasets, the own area, the ranking and the shortlist.</summary>
[CachedPage]
public sealed class IndexModel(CirculairDbContext db, ScanQueries queries, CurrentOrganisation current) : PageModel
{
    public IReadOnlyList<ScanDataset> Datasets { get; private set; } = [];
    public IReadOnlyList<ScanImport> PendingImports { get; private set; } = [];
    public IReadOnlyList<ScanDomainAssessment> Shortlist { get; private set; } = [];
    public ScanScope Scope { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var org = current.Value.Id;
        Datasets = await db.ScanDatasets.AsNoTracking().InOrganisation(org).OrderBy(d => d.Kind).ThenBy(d => d.Name).ToListAsync(ct);
        var user = ImportAccess.UserId(User);
        PendingImports = await db.ScanImports.AsNoTracking().InOrganisation(org)
            .Where(i => i.UserId == user && (i.Status == ScanImportStatus.Draft || i.Status == ScanImportStatus.Validating || i.Status == ScanImportStatus.Invalid || i.Status == ScanImportStatus.Ready || i.Status == ScanImportStatus.Importing))
            .OrderByDescending(i => i.Id).ToListAsync(ct);
        Shortlist = await db.ScanDomainAssessments.AsNoTracking().InOrganisation(org).Where(a => a.IsPromising).ToListAsync(ct);
        Scope = await queries.ScopeAsync(org, ct);
    }
}
