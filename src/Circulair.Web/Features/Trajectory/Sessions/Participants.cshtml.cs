using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Trajectory;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// Who of the stakeholder register is invited to a session and who was present: the whole register on one page, two
/// boxes a row, one save. Present implies invited. The free-text participants stay on the session form for people
/// who are not in the register.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class ParticipantsModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    [BindProperty]
    public List<InviteeRow> Rows { get; set; } = [];

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    public sealed class InviteeRow
    {
        public int StakeholderId { get; set; }
        public bool Invited { get; set; }
        public bool Present { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        await LoadRegisterAsync(ct);
        Rows = [.. Names.Keys.Select(id => Session.Invitees.FirstOrDefault(p => p.StakeholderId == id) is { } p
            ? new InviteeRow { StakeholderId = id, Invited = true, Present = p.Present }
            : new InviteeRow { StakeholderId = id })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        await LoadRegisterAsync(ct);
        if (Rows.Any(r => !Names.ContainsKey(r.StakeholderId)) || Rows.GroupBy(r => r.StakeholderId).Any(g => g.Count() > 1))
        {
            // Only a tampered form names a stakeholder of another organisation or one twice.
            return NotFound();
        }
        Session.Invite([.. Rows.Where(r => r.Invited || r.Present).Select(r => new SessionInvitee(r.StakeholderId, r.Present))]);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.Invitees.Saved";
        return Redirect(SessionUrl + "#invitees");
    }

    private async Task LoadRegisterAsync(CancellationToken ct)
    {
        await Db.SessionParticipants.InOrganisation(Organisation.Id).Where(p => p.TrajectorySessionId == Session.Id).LoadAsync(ct);
        var register = await Db.Stakeholders.InOrganisation(Organisation.Id).OrderBy(s => s.NameKey).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        Names = register.ToDictionary(s => s.Id, s => s.Name);
    }
}
