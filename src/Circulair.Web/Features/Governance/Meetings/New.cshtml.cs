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

/// <summary>Records a meeting of a platform: date, agenda, minutes and its decisions, each optionally about an action.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    [FromRoute]
    public int GovernancePlatformId { get; set; }

    [BindProperty]
    public MeetingInput Input { get; set; } = new();

    /// <summary>What to look for among the actions (the search above the decisions); not saved.</summary>
    [BindProperty]
    public string? ActionSearch { get; set; }

    /// <summary>Set by the actions' search button: the form comes back with the matches, nothing is saved.</summary>
    [BindProperty]
    public bool FindActions { get; set; }

    public GovernancePlatform Platform { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = new MeetingInput { Date = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
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
        return true;
    }

    private Task<ActionChoices> PrepareActionsAsync(CancellationToken ct) =>
        MeetingPage.PrepareActionsAsync(ViewData, db, current.Value.Id, Input, ActionSearch, t["Governance.Meetings.NoAction"], $"{Request.Path}#decisions", ct);
}
