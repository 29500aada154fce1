using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp;

/// <summary>
/// The follow-up of one action: its update timeline and the form to add an update (append-only: there is no edit or
/// delete). A valid update also sets the action's status; an invalid one is shown again with every answer kept.
/// </summary>
public sealed class UpdatesModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : StrategyPageModel(db, current)
{
    [FromRoute]
    public int PlannedActionId { get; set; }

    [BindProperty]
    public UpdateInput Input { get; set; } = new();

    public PlannedAction Action { get; private set; } = null!;
    public ActionFollowUpView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        Input = NewInput(Action, Today);
        View = await ViewAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var settings = await FollowUpData.SettingsAsync(Db, Org.Id, ct);
        if (Input.Date is not { } date)
        {
            ModelState.AddModelError("Input.Date", t["FollowUp.Validation.DateRequired"]);
        }
        else if (date > Today)
        {
            ModelState.AddModelError("Input.Date", t["FollowUp.Validation.DateInFuture", StrategyLabels.Date(Today)]);
        }
        if (Input.Status is not { } status || !Enum.IsDefined(status))
        {
            ModelState.AddModelError("Input.Status", t["FollowUp.Validation.StatusRequired"]);
        }
        if (Input.Percent is < 0 or > 100)
        {
            ModelState.AddModelError("Input.Percent", t["FollowUp.Validation.PercentRange"]);
        }
        if (!string.IsNullOrWhiteSpace(Input.EvidenceLink) && !PoliticalDecision.IsWebLink(Input.EvidenceLink))
        {
            ModelState.AddModelError("Input.EvidenceLink", t["FollowUp.Validation.LinkNotWeb"]);
        }
        if (!ModelState.IsValid)
        {
            View = await ViewAsync(ct);
            return Page();
        }
        var tracked = await Db.PlannedActions.InOrganisation(Org.Id).SingleAsync(a => a.Id == Action.Id, ct);
        var last = await FollowUpData.LastPercentAsync(Db, Org.Id, Action.Id, ct);
        var update = ProgressUpdate.Give(tracked, Input.Report(), settings, last, User.UserId(), User.FindFirst(CirculairClaims.DisplayName)?.Value, clock.GetUtcNow().UtcDateTime);
        Db.ProgressUpdates.Add(update);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "FollowUp.Update.Added";
        return Redirect(Link($"/actions/{Action.Id}#followup"));
    }

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (!await LoadStrategyAsync(ct))
        {
            return false;
        }
        var action = await Db.PlannedActions.InOrganisation(Org.Id).AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == PlannedActionId && a.TrajectoryId == TrajectoryId, ct);
        if (action is null)
        {
            return false;
        }
        Action = action;
        return true;
    }

    private async Task<ActionFollowUpView> ViewAsync(CancellationToken ct)
    {
        var view = await LoadViewAsync(Db, Org.Id, Action, Link($"/actions/{Action.Id}/updates"), CanEdit, Today, Input, ct);
        ViewData["StatusItems"] = StatusItems(t, view.Settings);
        return view;
    }

    /// <summary>The status choices with the organisation's labels and default % ("Lopend (50 %)").</summary>
    public static List<SelectListItem> StatusItems(Text t, FollowUpSettings settings) =>
        [new(t["Shared.Choose"], ""), .. Enum.GetValues<ActionStatus>().Select(s => new SelectListItem(
            settings.DefaultPercentOf(s) is { } p ? t["FollowUp.Update.StatusWithPercent", FollowUpData.StatusLabel(t, settings, s), p] : FollowUpData.StatusLabel(t, settings, s),
            s.ToString()))];

    /// <summary>A new update starts today, with the action's status.</summary>
    public static UpdateInput NewInput(PlannedAction action, DateOnly today) => new() { Date = today, Status = action.Status };

    public static async Task<ActionFollowUpView> LoadViewAsync(CirculairDbContext db, int organisationId, PlannedAction action, string postUrl, bool canEdit, DateOnly today, UpdateInput input, CancellationToken ct)
    {
        var settings = await FollowUpData.SettingsAsync(db, organisationId, ct);
        var updates = await db.ProgressUpdates.InOrganisation(organisationId).Where(u => u.PlannedActionId == action.Id)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).AsNoTracking().ToListAsync(ct);
        var milestones = await db.ActionMilestones.InOrganisation(organisationId).Where(m => m.PlannedActionId == action.Id)
            .Select(m => new MilestoneEntry(m.Date, m.Description, m.Done)).ToListAsync(ct);
        var timing = new ActionTiming(action.Status, action.StartDate, action.EndDate, milestones, updates.FirstOrDefault()?.Date, DateOnly.FromDateTime(action.CreatedAt));
        return new ActionFollowUpView(action.Id, postUrl, canEdit, FollowUpRules.IsLate(timing, today), FollowUpRules.IsStale(timing, settings.Cycle, today), updates, settings, input);
    }
}
