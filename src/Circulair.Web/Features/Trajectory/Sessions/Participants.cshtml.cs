using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Stakeholders;
using Circulair.Trajectory;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Trajectory.Sessions;

/// <summary>
/// Who of the stakeholder register is invited to a session and who was present: 50 stakeholders a page (searchable),
/// two boxes a row, one save per page that changes only the stakeholders of that page (decision 0415). Present implies
/// invited. The free-text participants stay on the session form for people who are not in the register.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class ParticipantsModel(CirculairDbContext db, CurrentOrganisation current, Text t) : SessionPage(db, current, t)
{
    public const int PageSize = 50;

    [BindProperty]
    public List<InviteeRow> Rows { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyDictionary<int, string> Names { get; private set; } = new Dictionary<int, string>();

    /// <summary>Stakeholders that match the search, over all pages.</summary>
    public int Matching { get; private set; }

    public int PageCount => Pagination.PageCount(Matching, PageSize);

    public bool IsSearch => StakeholderText.Clean(Query) is not null;

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
        await LoadInviteesAsync(ct);
        var filtered = Filtered();
        Matching = await filtered.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = await filtered.OrderBy(s => s.NameKey).ThenBy(s => s.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        Names = page.ToDictionary(s => s.Id, s => s.Name);
        Rows = [.. page.Select(s => Session.Invitees.FirstOrDefault(p => p.StakeholderId == s.Id) is { } p
            ? new InviteeRow { StakeholderId = s.Id, Invited = true, Present = p.Present }
            : new InviteeRow { StakeholderId = s.Id })];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int trajectoryId, int sessionId, CancellationToken ct)
    {
        if (await LoadAsync(trajectoryId, sessionId, ct) is { } missing)
        {
            return missing;
        }
        await LoadInviteesAsync(ct);
        var ids = Rows.Select(r => r.StakeholderId).ToList();
        var known = await Db.Stakeholders.InOrganisation(Organisation.Id).Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(ct);
        if (Rows.Any(r => !known.Contains(r.StakeholderId)) || Rows.GroupBy(r => r.StakeholderId).Any(g => g.Count() > 1))
        {
            // Only a tampered form names a stakeholder of another organisation or one twice.
            return NotFound();
        }
        // The page's rows decide for their stakeholders; the invitations of stakeholders on other pages stay.
        var kept = Session.Invitees.Where(p => !ids.Contains(p.StakeholderId)).Select(p => new SessionInvitee(p.StakeholderId, p.Present));
        Session.Invite([.. kept, .. Rows.Where(r => r.Invited || r.Present).Select(r => new SessionInvitee(r.StakeholderId, r.Present))]);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Trajectory.Invitees.Saved";
        // One page: back to the session, as before paging. Several, or a search: back to the same page to go on.
        Matching = await Filtered().CountAsync(ct);
        return Redirect(PageCount > 1 || IsSearch ? Link(Math.Min(PageNumber, PageCount)) : SessionUrl + "#invitees");
    }

    /// <summary>This page with the current search at page <paramref name="number"/>.</summary>
    public string Link(int number)
    {
        var query = new List<string>();
        if (StakeholderText.Clean(Query) is { } q)
        {
            query.Add("q=" + Uri.EscapeDataString(q));
        }
        if (number > 1)
        {
            query.Add("p=" + number.ToString(CultureInfo.InvariantCulture));
        }
        return $"{SessionUrl}/participants" + (query.Count > 0 ? "?" + string.Join("&", query) : "");
    }

    private IQueryable<Stakeholder> Filtered()
    {
        var query = Db.Stakeholders.InOrganisation(Organisation.Id);
        if (StakeholderText.Clean(Query) is { } q)
        {
            var key = StakeholderText.NameKey(q);
            query = query.Where(s => s.NameKey.Contains(key));
        }
        return query;
    }

    private Task LoadInviteesAsync(CancellationToken ct) =>
        Db.SessionParticipants.InOrganisation(Organisation.Id).Where(p => p.TrajectorySessionId == Session.Id).LoadAsync(ct);
}
