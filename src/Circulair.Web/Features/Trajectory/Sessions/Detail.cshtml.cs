using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// One session as everyone in the organisation reads it: date, place, purpose, participants, minutes and
/// decisions, with its history. A Beheerder finds the way to erase the participants' names from that history
/// (GDPR, see <see cref="ErasePersonalModel"/>).
/// </summary>
[CachedPage(Shared = true)]
public sealed class DetailModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public bool CanErase => Organisation.Can(OrganisationRole.Beheerder);

    /// <summary>The names of the register's stakeholders invited to the session.</summary>
    public IReadOnlyDictionary<int, string> InviteeNames { get; private set; } = new Dictionary<int, string>();

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        await Db.SessionParticipants.InOrganisation(Organisation.Id).Where(p => p.TrajectorySessionId == sessionId).LoadAsync(ct);
        var ids = Session.Invitees.Select(p => p.StakeholderId).ToList();
        InviteeNames = await Db.Stakeholders.InOrganisation(Organisation.Id).Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return Page();
    }
}
