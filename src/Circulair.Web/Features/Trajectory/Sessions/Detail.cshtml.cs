using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// One session as everyone in the organisation reads it: date, place, purpose, participants, minutes and
/// decisions, with its history. A Beheerder can erase the participants' names from that history when a
/// person asks (GDPR): the fact that something changed stays, the personal values go.
/// </summary>
public sealed class DetailModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public bool CanErase => Organisation.Can(OrganisationRole.Beheerder);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct) =>
        await LoadAsync(trajectoryId, sessionId, ct) ?? Page();

    public async Task<IActionResult> OnPostErasePersonalAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        if (!CanErase)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        await AuditTrail.ErasePersonalValuesAsync(Db, Organisation.Id, nameof(TrajectorySession), Session.Id, ct);
        TempData["Flash"] = "Trajectory.Session.Erased";
        return Redirect(SessionUrl);
    }
}
