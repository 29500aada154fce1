using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.FollowUp.Owners;
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
[EvidenceUploadLimit]
[RequestFormLimits(MultipartBodyLengthLimit = 256L * 1024 * 1024)]
public sealed class UpdatesModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t, EvidenceUpload evidence) : StrategyPageModel(db, current)
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
        var open = await UpdateForm.OpenMilestonesAsync(Db, Org.Id, Action.Id, Today, ct);
        var contentType = await UpdateForm.ValidateAsync(Input, ModelState, t, Today, open, evidence, ct);
        if (!ModelState.IsValid)
        {
            View = await ViewAsync(ct);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await UpdateForm.WriteAsync(Db, Org.Id, Action.Id, Input, contentType, evidence,
            (action, report, settings, last) => ProgressUpdate.Give(action, report, settings, last, User.UserId(), User.FindFirst(CirculairClaims.DisplayName)?.Value, now),
            Today, ct);
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
        view = view with { MaxFileBytes = evidence.MaxFileBytes };
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
        var updates = await UpdatesAsync(db, organisationId, action.Id, ct);
        var milestones = await db.ActionMilestones.InOrganisation(organisationId).Where(m => m.PlannedActionId == action.Id).OrderBy(m => m.Position)
            .Select(m => new MilestoneRow(m.Id, m.Date, m.Description, m.Done, m.DoneOn)).ToListAsync(ct);
        return BuildView(action, postUrl, canEdit, today, input, settings, updates, milestones);
    }

    /// <summary>An action's updates, newest first (by date, then by when they were given).</summary>
    public static Task<List<ProgressUpdate>> UpdatesAsync(CirculairDbContext db, int organisationId, int actionId, CancellationToken ct) =>
        db.ProgressUpdates.InOrganisation(organisationId).Where(u => u.PlannedActionId == actionId)
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.Id).AsNoTracking().ToListAsync(ct);

    /// <summary>
    /// The follow-up view from what a page read: the organisation's settings, the action's updates (newest first) and
    /// its milestones (in their order). The action page reads them with its own data (decision 0460).
    /// </summary>
    public static ActionFollowUpView BuildView(PlannedAction action, string postUrl, bool canEdit, DateOnly today, UpdateInput input,
        FollowUpSettings settings, IReadOnlyList<ProgressUpdate> updates, IReadOnlyList<MilestoneRow> milestones)
    {
        var entries = milestones.Select(m => new MilestoneEntry(m.Date, m.Description, m.Done)).ToList();
        var timing = new ActionTiming(action.Status, action.StartDate, action.EndDate, entries, updates.FirstOrDefault()?.Date, DateOnly.FromDateTime(action.CreatedAt));
        return new ActionFollowUpView(action.Id, postUrl, canEdit, FollowUpRules.IsLate(timing, today), FollowUpRules.IsStale(timing, settings.Cycle, today), updates, settings, input)
        {
            OpenMilestones = [.. milestones.Where(m => !m.Done).Select(m => new MilestoneChoice(m.Id, m.Description, m.Date, m.Date is { } d && d < today))],
            DoneMilestones = [.. milestones.Where(m => m.Done).Select(m => (m.Description, m.Date, m.DoneOn))],
            EvidenceUrl = id => postUrl + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/evidence",
        };
    }
}
