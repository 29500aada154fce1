using Circulair.FollowUp;
using Circulair.FollowUp.Owners;
using Circulair.Persistence;
using Circulair.Strategy;
using Circulair.Web.Features.Strategy;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// What the members' update form and the owners' form (<c>/u/{token}</c>) share: the checks of an update, with the
/// evidence file and the milestones it ticks off, and writing it (the milestones, the file and the update in one save).
/// </summary>
public static class UpdateForm
{
    public static async Task<string?> ValidateAsync(UpdateInput input, ModelStateDictionary modelState, Text t, DateOnly today, IReadOnlyCollection<MilestoneChoice> open, EvidenceUpload evidence, CancellationToken ct)
    {
        if (input.Date is not { } date)
        {
            modelState.AddModelError("Input.Date", t["FollowUp.Validation.DateRequired"]);
        }
        else if (date > today)
        {
            modelState.AddModelError("Input.Date", t["FollowUp.Validation.DateInFuture", StrategyLabels.Date(today)]);
        }
        if (input.Status is not { } status || !Enum.IsDefined(status))
        {
            modelState.AddModelError("Input.Status", t["FollowUp.Validation.StatusRequired"]);
        }
        if (input.Percent is < 0 or > 100)
        {
            modelState.AddModelError("Input.Percent", t["FollowUp.Validation.PercentRange"]);
        }
        if (!string.IsNullOrWhiteSpace(input.EvidenceLink) && !PoliticalDecision.IsWebLink(input.EvidenceLink))
        {
            modelState.AddModelError("Input.EvidenceLink", t["FollowUp.Validation.LinkNotWeb"]);
        }
        if (input.Milestones.Any(id => open.All(m => m.Id != id)))
        {
            modelState.AddModelError("Input.Milestones", t["Owners.Validation.MilestoneUnknown"]);
        }
        return await evidence.CheckAsync(input.EvidenceFile, modelState, ct);
    }

    /// <summary>The milestones of an action still to be reached, for the form.</summary>
    public static async Task<IReadOnlyList<MilestoneChoice>> OpenMilestonesAsync(CirculairDbContext db, int organisationId, int actionId, DateOnly today, CancellationToken ct) =>
        (await db.ActionMilestones.InOrganisation(organisationId).Where(m => m.PlannedActionId == actionId && !m.Done)
            .OrderBy(m => m.Position).Select(m => new { m.Id, m.Description, m.Date }).ToListAsync(ct))
            .Select(m => new MilestoneChoice(m.Id, m.Description, m.Date, m.Date is { } d && d < today)).ToList();

    /// <summary>
    /// Stores the file (if any), ticks off the chosen milestones on the update's date and adds the update, in one save.
    /// <paramref name="give"/> makes the update from the tracked action, the report, the settings and the last %.
    /// </summary>
    public static async Task<ProgressUpdate> WriteAsync(
        CirculairDbContext db, int organisationId, int actionId, UpdateInput input, string? contentType, EvidenceUpload evidence,
        Func<PlannedAction, ProgressReport, FollowUpSettings, int?, ProgressUpdate> give, DateOnly today, CancellationToken ct)
    {
        var settings = await FollowUpData.SettingsAsync(db, organisationId, ct);
        var action = await db.PlannedActions.InOrganisation(organisationId).Include(a => a.Milestones).SingleAsync(a => a.Id == actionId, ct);
        var last = await FollowUpData.LastPercentAsync(db, organisationId, actionId, ct);
        EvidenceFile? file = null;
        if (contentType is not null && input.EvidenceFile is { } upload)
        {
            file = await evidence.StoreAsync(upload, contentType, ct);
        }
        foreach (var milestone in action.Milestones.Where(m => !m.Done && input.Milestones.Contains(m.Id)))
        {
            milestone.TickOff(input.Date!.Value, today);
        }
        var update = give(action, input.Report(file), settings, last);
        db.ProgressUpdates.Add(update);
        await db.SaveChangesAsync(ct);
        return update;
    }
}
