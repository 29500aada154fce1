using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Stakeholders;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Stakeholders;

/// <summary>Tool 1 (the register) and Tool 2 (the grid) on "Waar staan we?", phase 1.</summary>
public sealed class StakeholderProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var all = db.Stakeholders.InOrganisation(organisationId);
        var total = await all.CountAsync(ct);
        var rated = total == 0 ? 0 : total - await all.Unrated().CountAsync(ct);
        var active = rated == 0 ? 0 : await all.WithApproach(StakeholderApproach.ContinuEnActiefManagement).CountAsync(ct);
        var register = $"/o/{organisationSlug}/stakeholders";
        return
        [
            new ToolProgress(Phase.Fase1, 1, "Stakeholders.Progress.Tool1", total > 0,
                total > 0 ? Counted.KeyFor("Stakeholders.Progress.Tool1Summary", total) : "Stakeholders.Progress.Tool1Empty", [total, rated], register),
            new ToolProgress(Phase.Fase1, 2, "Stakeholders.Progress.Tool2", rated > 0,
                rated > 0 ? "Stakeholders.Progress.Tool2Summary" : "Stakeholders.Progress.Tool2Empty", [rated, total - rated, active], register + "/grid"),
        ];
    }
}
