using Circulair.Governance;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance;

/// <summary>
/// Phase 3 on "Waar staan we?": the coordination role (<i>regiefunctie</i>) and the platform (<i>platformwerking</i>),
/// saying which of the two is still missing (issue 14 item 7).
/// </summary>
public sealed class GovernanceProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var coordination = await db.CoordinationRoles.InOrganisation(organisationId).AnyAsync(ct);
        var platforms = await db.GovernancePlatforms.InOrganisation(organisationId).CountAsync(ct);
        var meetings = await db.PlatformMeetings.InOrganisation(organisationId).CountAsync(ct);
        var summary = (coordination, platforms > 0) switch
        {
            (false, false) => "Governance.Progress.Empty",
            (false, true) => "Governance.Progress.NoCoordination",
            (true, false) => "Governance.Progress.NoPlatform",
            _ => "Governance.Progress.Summary",
        };
        return
        [
            new ToolProgress(Phase.Fase3, 2, "Governance.Progress.Name", coordination || platforms > 0, summary,
                [Counted.Of("Governance.Progress.Platforms", platforms), Counted.Of("Governance.Progress.Meetings", meetings)],
                $"/o/{organisationSlug}/followup/governance"),
        ];
    }
}
