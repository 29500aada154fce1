using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance;

/// <summary>A platform with its members and meetings, as the governance page lists it.</summary>
public sealed record PlatformView(GovernancePlatform Platform, IReadOnlyList<MemberRow> Members, IReadOnlyList<MeetingRow> Meetings);

/// <summary>
/// The governance of phase 3 (issue 14 item 2): the coordination role (<i>regiefunctie</i>) with the time it gets, and
/// the platforms (<i>platformwerking</i>) with their members and meetings. Everyone reads; a Coördinator edits.
/// </summary>
public sealed class IndexModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    public CoordinationRole? Coordination { get; private set; }
    public List<PlatformView> Platforms { get; private set; } = [];
    public bool CanEdit => current.Value.Can(OrganisationRole.Coordinator);
    public string Slug => current.Value.Slug;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var orgId = current.Value.Id;
        Coordination = await db.CoordinationRoles.InOrganisation(orgId).AsNoTracking().FirstOrDefaultAsync(ct);
        var platforms = await db.GovernancePlatforms.InOrganisation(orgId).AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct);
        var meetings = (await db.PlatformMeetings.InOrganisation(orgId).Select(m => new MeetingRow(m.Id, m.GovernancePlatformId, m.Date, m.Decisions.Count)).ToListAsync(ct))
            .ToLookup(m => m.PlatformId);
        // Every platform's members in one query (not one per platform).
        var members = await GovernanceData.MembersByPlatformAsync(db, orgId, ct);
        foreach (var p in platforms)
        {
            Platforms.Add(new PlatformView(p, [.. members[p.Id]], [.. meetings[p.Id].OrderByDescending(m => m.Date)]));
        }
        return Page();
    }
}
