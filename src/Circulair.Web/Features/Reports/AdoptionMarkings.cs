using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.FollowUp;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Reports;

/// <summary>
/// The comparison the strategy tree already makes (decision 0231): an action is new, changed (its plan differs from the
/// adopted snapshot) or gone since the latest adopted version. It names no fields; the full diff replaces it.
/// </summary>
public sealed class AdoptionMarkings : IAdoptedComparison
{
    public async Task<AdoptedComparison?> CompareAsync(CirculairDbContext db, int organisationId, int trajectoryId, CancellationToken ct)
    {
        var state = await AdoptionState.LoadAsync(db, organisationId, trajectoryId, withChanges: true, ct);
        if (!state.IsAdopted || state.AdoptedOn is not { } adoptedOn)
        {
            return null;
        }
        var snapshot = (await db.AdoptedVersions.InOrganisation(organisationId).AsNoTracking()
            .FirstAsync(v => v.Id == state.VersionId, ct)).Snapshot();
        var current = await db.PlannedActions.InOrganisation(organisationId).Where(a => a.TrajectoryId == trajectoryId)
            .Select(a => new { a.Id, a.Number, a.Title }).ToListAsync(ct);
        var changes = current
            .Select(a => state.ChangeOf(a.Id) switch
            {
                AdoptionChange.Nieuw => new ActionChange(ChangeKind.Nieuw, a.Number, a.Title, []),
                AdoptionChange.Gewijzigd => new ActionChange(ChangeKind.Gewijzigd, a.Number, a.Title, []),
                _ => null,
            })
            .OfType<ActionChange>()
            .Concat(snapshot.Actions.Where(a => current.All(c => c.Id != a.Id)).Select(a => new ActionChange(ChangeKind.Verwijderd, a.Number, a.Title, [])))
            .OrderBy(c => c.Number, StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new AdoptedComparison(state.Number, adoptedOn, changes);
    }
}
