using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance.Meetings;

/// <summary>Changes a meeting (the minutes come after the meeting) or deletes it.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [FromRoute]
    public int PlatformMeetingId { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public PlatformMeeting Meeting { get; private set; } = null!;
    public string PlatformName { get; private set; } = "";

    private string ShowUrl => $"/o/{current.Value.Slug}/followup/governance/meetings/{PlatformMeetingId}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = MeetingInput.From(Meeting.Details);
        Input.AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Input.Check(ModelState, t, await MeetingPage.ActionIdsAsync(db, current.Value.Id, ct)) is not { } details)
        {
            return Page();
        }
        Meeting.Describe(details, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Meetings.Saved";
        return Redirect(ShowUrl);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        db.PlatformMeetings.Remove(Meeting);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Meetings.Deleted";
        return Redirect($"/o/{current.Value.Slug}/followup/governance");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var orgId = current.Value.Id;
        var meeting = await db.PlatformMeetings.InOrganisation(orgId).Include(m => m.Decisions).FirstOrDefaultAsync(m => m.Id == PlatformMeetingId, ct);
        if (meeting is null)
        {
            return false;
        }
        Meeting = meeting;
        PlatformName = await db.GovernancePlatforms.InOrganisation(orgId).Where(p => p.Id == meeting.GovernancePlatformId).Select(p => p.Name).FirstAsync(ct);
        ViewData["ActionItems"] = await GovernanceData.ActionItemsAsync(db, orgId, t["Governance.Meetings.NoAction"], ct);
        return true;
    }
}
