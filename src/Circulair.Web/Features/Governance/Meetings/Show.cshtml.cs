using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance.Meetings;

/// <summary>One meeting of a platform for everyone: date, agenda, minutes and the decisions with links to their actions.</summary>
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current) : PageModel
{
    [FromRoute]
    public int PlatformMeetingId { get; set; }

    public PlatformMeeting Meeting { get; private set; } = null!;
    public string PlatformName { get; private set; } = "";
    public Dictionary<int, (int TrajectoryId, string Label)> Actions { get; private set; } = [];
    public bool CanEdit => current.Value.Can(OrganisationRole.Coordinator);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var orgId = current.Value.Id;
        var meeting = await db.PlatformMeetings.InOrganisation(orgId).Include(m => m.Decisions).AsNoTracking().FirstOrDefaultAsync(m => m.Id == PlatformMeetingId, ct);
        if (meeting is null)
        {
            return NotFound();
        }
        Meeting = meeting;
        PlatformName = await db.GovernancePlatforms.InOrganisation(orgId).Where(p => p.Id == meeting.GovernancePlatformId).Select(p => p.Name).FirstAsync(ct);
        Actions = await GovernanceData.ActionLinksAsync(db, orgId, meeting.Decisions.Where(d => d.PlannedActionId != null).Select(d => d.PlannedActionId!.Value), ct);
        return Page();
    }
}
