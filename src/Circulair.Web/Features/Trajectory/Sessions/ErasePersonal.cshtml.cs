using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// GDPR erasure for one session, after a confirm step: blanks the personal values (the participants) in its
/// history. The fact that something changed, and by whom, stays. Only a Beheerder may do this.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class ErasePersonalModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public int PersonalValues { get; private set; }

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        PersonalValues = await Db.AuditEntries.For(Organisation.Id, nameof(TrajectorySession), Session.Id)
            .CountAsync(e => e.IsPersonal && !e.IsErased, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        await AuditTrail.ErasePersonalValuesAsync(Db, Organisation.Id, nameof(TrajectorySession), Session.Id, ct);
        TempData["Flash"] = "Trajectory.Session.Erased";
        return Redirect(SessionUrl);
    }
}
