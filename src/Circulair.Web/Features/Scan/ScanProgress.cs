using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Scan;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>The scan on "Waar staan we?" (phase 1): how many datasets, and how many domains are on the shortlist.</summary>
public sealed class ScanProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var datasets = await db.ScanDatasets.InOrganisation(organisationId).CountAsync(ct);
        var promising = await db.ScanDomainAssessments.InOrganisation(organisationId).CountAsync(a => a.IsPromising, ct);
        return [new ToolProgress(Phase.Fase1, 5, "Scan.Tool.Name", datasets > 0 || promising > 0, Counted.KeyFor("Scan.Tool.Summary", datasets), [datasets, Counted.Of("Scan.Tool.Promising", promising)], $"/o/{organisationSlug}/scan")];
    }
}
