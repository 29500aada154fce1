using Circulair.Governance;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Forms;
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

    /// <summary>What to look for among the actions (the search above the decisions); not saved.</summary>
    [BindProperty]
    public string? ActionSearch { get; set; }

    /// <summary>Set by the actions' search button: the form comes back with the matches, nothing is saved.</summary>
    [BindProperty]
    public bool FindActions { get; set; }

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
        await PrepareActionsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var actions = await PrepareActionsAsync(ct);
        if (FindActions)
        {
            RoundTrip.ForgetMessages(ModelState);
            return Page();
        }
        if (Input.Check(ModelState, t, actions.Ids.ToHashSet()) is not { } details)
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
        return true;
    }

    private Task<ActionChoices> PrepareActionsAsync(CancellationToken ct) =>
        MeetingPage.PrepareActionsAsync(ViewData, db, current.Value.Id, Input, ActionSearch, t["Governance.Meetings.NoAction"], $"{Request.Path}#decisions", ct);
}
