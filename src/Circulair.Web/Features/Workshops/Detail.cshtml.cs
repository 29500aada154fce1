using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The facilitator's control room: the join code and QR code, the activities in order with their controls
/// (open, close, show or hide results, timer, next round, vote on the questions), live results, and the end of
/// the workshop. Every change tells the screens (projector and phones) through the live notifier.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Teamlid)]
public sealed class DetailModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, ILiveNotifier live, WorkshopFeed feed, PublicLinks links, Text t) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public string SessionLabel { get; private set; } = "";
    public int Participants { get; private set; }
    /// <summary>Ideas, questions or notes participants wrote, per activity.</summary>
    public IReadOnlyDictionary<int, int> Ideas { get; private set; } = new Dictionary<int, int>();
    public IReadOnlyDictionary<int, ActivityResults> Results { get; private set; } = new Dictionary<int, ActivityResults>();
    public string JoinUrl { get; private set; } = "";
    public string ShortUrl { get; private set; } = "";
    public bool CanRun => current.Value.Can(OrganisationRole.Teamlid);
    public int? TimerActivityId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct) =>
        await LoadAsync(workshopId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostOpenAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, async (w, a) =>
        {
            var count = await db.WorkshopParticipants.CountAsync(p => p.WorkshopId == w.Id, ct);
            w.Open(a, count, Now);
        }, ct);

    public Task<IActionResult> OnPostCloseAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, async (w, a) =>
        {
            w.Close(a, Now);
            await feed.RunAsync(w, a, ct);
        }, ct);

    public Task<IActionResult> OnPostShowAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.Results, (_, a) => { a.ShowResults(); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostHideAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.Results, (_, a) => { a.HideResults(); return Task.CompletedTask; }, ct);

    public async Task<IActionResult> OnPostTimerAsync(int workshopId, int activityId, string? minutes, CancellationToken ct)
    {
        if (!int.TryParse(minutes, System.Globalization.CultureInfo.InvariantCulture, out var m) || m is < 1 or > WorkshopActivity.MaxTimerMinutes)
        {
            if (!await LoadAsync(workshopId, ct))
            {
                return NotFound();
            }
            TimerActivityId = activityId;
            ModelState.AddModelError($"minutes-{activityId}", t["Workshops.Validation.TimerMinutes", 1, WorkshopActivity.MaxTimerMinutes]);
            return Page();
        }
        return await ChangeAsync(workshopId, activityId, LiveChange.State, (_, a) => { a.StartTimer(m, Now); return Task.CompletedTask; }, ct);
    }

    public Task<IActionResult> OnPostStopTimerAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, (_, a) => { a.StopTimer(); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostNextRoundAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, (_, a) => { a.NextRound(); return Task.CompletedTask; }, ct);

    /// <param name="hide">Questions the facilitator left out of the vote (doubles); they stay ideas of the activity.</param>
    public Task<IActionResult> OnPostStartVotingAsync(int workshopId, int activityId, List<int>? hide, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, async (_, a) =>
        {
            var hidden = hide ?? [];
            var questions = await db.WorkshopIdeas.Where(i => i.WorkshopActivityId == a.Id && i.Kind == IdeaKind.Vraag && !hidden.Contains(i.Id))
                .OrderBy(i => i.Id).Select(i => new { i.Id, i.Text }).ToListAsync(ct);
            a.StartVoting(questions.Select(q => (q.Id, q.Text.Length > WorkshopItem.TextMaxLength ? q.Text[..WorkshopItem.TextMaxLength] : q.Text)));
        }, ct);

    public Task<IActionResult> OnPostSummaryAsync(int workshopId, int activityId, string? summary, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.Results, (_, a) => { a.WriteSummary(summary); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostMoveAsync(int workshopId, int activityId, int direction, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, (w, a) => { w.MoveActivity(a, direction); return Task.CompletedTask; }, ct);

    public Task<IActionResult> OnPostRemoveAsync(int workshopId, int activityId, CancellationToken ct) =>
        ChangeAsync(workshopId, activityId, LiveChange.State, (w, a) => { w.RemoveActivity(a); return Task.CompletedTask; }, ct);

    /// <summary>A new workshop in the same session, prepared like this one (activities, settings, prepared items), with a new code.</summary>
    public async Task<IActionResult> OnPostDuplicateAsync(int workshopId, CancellationToken ct)
    {
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        var session = workshop is null ? null : await db.TrajectorySessions.InOrganisation(current.Value.Id).FirstOrDefaultAsync(s => s.Id == workshop.TrajectorySessionId, ct);
        if (workshop is null || session is null)
        {
            return NotFound();
        }
        string code;
        do
        {
            code = WorkshopCode.New();
        }
        while (await db.Workshops.AnyAsync(w => w.Code == code, ct));
        var title = t["Workshops.Duplicate.Title", workshop.Title].Value;
        var copy = workshop.Duplicate(session, title.Length <= Workshop.TitleMaxLength ? title : workshop.Title, code, Now);
        db.Workshops.Add(copy);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Workshops.Flash.Duplicated";
        return Redirect(WorkshopLoad.Url(current.Value.Slug, copy.Id));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task<IActionResult> ChangeAsync(int workshopId, int activityId, LiveChange change, Func<Workshop, WorkshopActivity, Task> decide, CancellationToken ct)
    {
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        var activity = workshop?.Activities.FirstOrDefault(a => a.Id == activityId);
        if (workshop is null || activity is null)
        {
            return NotFound();
        }
        workshop.EnsureNotEnded();
        await decide(workshop, activity);
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveEvent(workshop.Id, change, 0), ct);
        return Redirect(WorkshopLoad.Url(current.Value.Slug, workshop.Id, $"#activity-{activity.Id}"));
    }

    private async Task<bool> LoadAsync(int workshopId, CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        if (workshop is null)
        {
            return false;
        }
        Workshop = workshop;
        SessionLabel = (await WorkshopLoad.SessionOptions(db, current.Value.Id, workshop.TrajectorySessionId).FirstOrDefaultAsync(ct))?.Label ?? "";
        var people = await ParticipantDirectory.LoadAsync(db, workshop.Id, ct);
        Participants = people.Count;
        Results = await ActivityResults.LoadManyAsync(db, [.. workshop.Activities.Where(a => a.OpenedAt is not null)], people, t, ct);
        // Participants write only into an opened activity, and an activity never closes back to unopened (OpenedAt is
        // never cleared), so the opened activities' results hold every idea of the workshop.
        Ideas = Results.ToDictionary(r => r.Key, r => r.Value.Ideas.Count);
        JoinUrl = links.To(Request, WorkshopLoad.ParticipantPath(workshop.Code));
        ShortUrl = links.To(Request, "/join");
        return true;
    }
}

/// <summary>Which kind of participant input an activity collects (and the facilitator's page counts), if any.</summary>
public static class WorkshopIdeaCounts
{
    public static IdeaKind? KindOf(ActivityKind kind) => kind switch
    {
        ActivityKind.Brainwriting or ActivityKind.Analogiedenken => IdeaKind.Idee,
        ActivityKind.HoeKunnenWe => IdeaKind.Vraag,
        ActivityKind.WorldCafe or ActivityKind.Canvasverzameling => IdeaKind.Notitie,
        _ => null,
    };
}
