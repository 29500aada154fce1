using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// One session as everyone in the organisation reads it: date, place, purpose, participants, minutes and
/// decisions, with its history. A Beheerder finds the way to erase the participants' names from that history
/// (GDPR, see <see cref="ErasePersonalModel"/>).
/// </summary>
[CachedPage]
public sealed class DetailModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public bool CanErase => Organisation.Can(OrganisationRole.Beheerder);

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct) =>
        await LoadAsync(trajectoryId, sessionId, ct) ?? Page();
}
