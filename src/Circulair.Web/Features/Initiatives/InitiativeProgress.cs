using Circulair.Initiatives;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Initiatives;

/// <summary>Tool 5 (the inventory of existing initiatives) on "Waar staan we?", phase 1: how many, and how many matrix cells are still empty.</summary>
public sealed class InitiativeProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var entries = await db.Initiatives.InOrganisation(organisationId)
            .Select(i => new MatrixEntry(i.Domain, i.SubdomainCode, i.OwnSubdomain, i.TargetGroups))
            .ToListAsync(ct);
        var matrix = InitiativeMatrix.Count(entries);
        var url = $"/o/{organisationSlug}/initiatives";
        return
        [
            matrix.Total > 0
                ? new ToolProgress(Phase.Fase1, 5, "Initiatives.Progress.Tool5", true, Counted.KeyFor("Initiatives.Progress.Summary", matrix.Total),
                    [matrix.Total, matrix.Domains.Count(d => d.Row.Total > 0), matrix.EmptyCells, matrix.CellCount], url + "/matrix")
                : new ToolProgress(Phase.Fase1, 5, "Initiatives.Progress.Tool5", false, "Initiatives.Progress.Empty", [], url),
        ];
    }
}
