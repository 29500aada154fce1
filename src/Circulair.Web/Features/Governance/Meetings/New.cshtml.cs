using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Governance.Meetings;

/// <summary>Records a meeting of a platform: date, agenda, minutes and its decisions, each optionally about an action.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [FromRoute]
    public int GovernancePlatformId { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    public GovernancePlatform Platform { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = new MeetingInput { Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
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
        var meeting = new PlatformMeeting(Platform, details, clock.GetUtcNow().UtcDateTime);
        db.PlatformMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Governance.Meetings.Saved";
        return Redirect($"/o/{current.Value.Slug}/followup/governance/meetings/{meeting.Id}");
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        ViewData["Section"] = "strategy";
        var platform = await db.GovernancePlatforms.InOrganisation(current.Value.Id).FirstOrDefaultAsync(p => p.Id == GovernancePlatformId, ct);
        if (platform is null)
        {
            return false;
        }
        Platform = platform;
        ViewData["ActionItems"] = await GovernanceData.ActionItemsAsync(db, current.Value.Id, t["Governance.Meetings.NoAction"], ct);
        return true;
    }
}
