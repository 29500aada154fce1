using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// Phase 3 on "Waar staan we?": whether the strategy was formally adopted, and the follow-up of the actions (how many
/// have an update, how many are late or waiting for an update), each leading to the page where the work is done.
/// </summary>
public sealed class FollowUpProgress(CirculairDbContext db, TimeProvider clock) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        // Adoption opens the political decisions, the follow-up the actions' progress, both in the current trajectory (issue 21).
        var url = $"/o/{organisationSlug}/followup";
        var current = await CurrentTrajectory.IdAsync(db, organisationId, ct);
        var at = current is { } t ? $"/o/{organisationSlug}/trajectories/{t}" : null;
        var decisions = await db.PoliticalDecisions.InOrganisation(organisationId).CountAsync(ct);
        var adopted = await db.AdoptedVersions.InOrganisation(organisationId).OrderByDescending(v => v.AdoptedOn).Select(v => (DateOnly?)v.AdoptedOn).FirstOrDefaultAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        int actions = 0, updated = 0, late = 0, stale = 0;
        foreach (var trajectoryId in await db.Trajectories.InOrganisation(organisationId).Select(t => t.Id).ToListAsync(ct))
        {
            var data = await FollowUpData.LoadAsync(db, organisationId, trajectoryId, today, ct);
            actions += data.Actions.Count;
            updated += data.Actions.Count(a => a.Percent is not null);
            late += data.Actions.Count(a => a.Late);
            stale += data.Actions.Count(a => a.Stale);
        }
        var adoptionSummary = adopted is { } on ? "FollowUp.Progress.AdoptedSummary" : decisions > 0 ? "FollowUp.Progress.NotAdoptedSummary" : "FollowUp.Progress.AdoptionEmpty";
        return
        [
            new ToolProgress(Phase.Fase3, 1, "FollowUp.Progress.Adoption", adopted is not null, adoptionSummary,
                [adopted is { } d ? Strategy.StrategyLabels.Date(d) : "", decisions], at is null ? url : at + "/decisions"),
            new ToolProgress(Phase.Fase3, 2, "FollowUp.Progress.Actions", updated > 0,
                actions == 0 ? "FollowUp.Progress.NoActions" : updated == 0 ? "FollowUp.Progress.NoUpdates" : "FollowUp.Progress.ActionsSummary",
                [updated, actions, late, stale], at is null ? url : at + "/followup"),
        ];
    }
}
