using System.Globalization;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Pilots.Canvases;
using Circulair.Web.Features.Workshops.Activities;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The review of a <i>Verzamelen op een canvas</i> activity (issue 17 item 10, decision 0380): the team keeps or discards
/// each collected note, or keeps all notes not yet decided. A kept note becomes an item of its section on the target
/// canvas, and every keep that adds something saves the canvas as a new version (decision 0273). A note is added once:
/// keeping a kept note changes nothing, and two keeps racing meet the canvas's unique item key.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Lezer, Write = OrganisationRole.Teamlid)]
public sealed class CanvasNotesModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, Text t) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;
    public WorkshopActivity Activity { get; private set; } = null!;
    public ActivityResults Results { get; private set; } = null!;

    /// <summary>The canvas the notes go to; null when it has been deleted since.</summary>
    public CanvasTarget? Target { get; private set; }

    public bool CanReview => current.Value.Can(OrganisationRole.Teamlid);

    public string PageUrl => WorkshopLoad.Url(current.Value.Slug, Workshop.Id, $"/activities/{Activity.Id}/canvas");

    public async Task<IActionResult> OnGetAsync(int workshopId, int activityId, CancellationToken ct) =>
        await LoadAsync(workshopId, activityId, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostKeepAsync(int workshopId, int activityId, int noteId, CancellationToken ct) =>
        KeepAsync(workshopId, activityId, noteId, ct);

    public Task<IActionResult> OnPostKeepAllAsync(int workshopId, int activityId, CancellationToken ct) =>
        KeepAsync(workshopId, activityId, null, ct);

    public async Task<IActionResult> OnPostDiscardAsync(int workshopId, int activityId, int noteId, CancellationToken ct)
    {
        if (!await LoadAsync(workshopId, activityId, ct))
        {
            return NotFound();
        }
        var note = await db.WorkshopIdeas.FirstOrDefaultAsync(i => i.WorkshopActivityId == Activity.Id && i.OrganisationId == current.Value.Id && i.Id == noteId, ct);
        if (note is null)
        {
            return NotFound();
        }
        note.Discard(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Workshops.Collect.Discarded";
        return Redirect(PageUrl + $"#note-{noteId}");
    }

    private async Task<IActionResult> KeepAsync(int workshopId, int activityId, int? noteId, CancellationToken ct)
    {
        if (!await LoadAsync(workshopId, activityId, ct))
        {
            return NotFound();
        }
        var notes = await db.WorkshopIdeas
            .Where(i => i.WorkshopActivityId == Activity.Id && i.OrganisationId == current.Value.Id && (noteId == null ? i.Review == null : i.Id == noteId))
            .OrderBy(i => i.Id).ToListAsync(ct);
        if (noteId is not null && notes.Count == 0)
        {
            return NotFound();
        }
        if (Target is null)
        {
            throw new DomainException("Workshops.Collect.TargetGone");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var sections = Activity.Items.ToDictionary(i => i.Id, i => i.SourceKey ?? "");
        var added = 0;
        foreach (var note in notes)
        {
            if (!note.Keep(now))
            {
                continue;
            }
            try
            {
                if (Target.Add(sections.GetValueOrDefault(note.ItemKey, ""), note.Text, CanvasCollectionRules.ItemKeyFor(note.SubmissionKey, note.Id)))
                {
                    added++;
                }
            }
            catch (DomainException e)
            {
                // A persona field that would grow too long: nothing is written; the team shortens the field first.
                ModelState.AddModelError($"note-{note.Id}", t[e.MessageKey, [.. e.Arguments]]);
                Results = await ResultsAsync(ct);
                return Page();
            }
        }
        if (added > 0)
        {
            var title = Activity.Title.Length > 60 ? Activity.Title[..60] + "…" : Activity.Title;
            var label = t.Count("Workshops.Collect.VersionLabel", added, title);
            await CanvasVersionStore.AddAsync(db, current.Value.Id, Target.PilotId, Target.Handle,
                label.Length > Circulair.Pilots.Canvases.PilotCanvasVersion.LabelMaxLength ? label[..Circulair.Pilots.Canvases.PilotCanvasVersion.LabelMaxLength] : label,
                User, null, now, ct);
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same note kept in two tabs at once: the other request put it on the canvas; this one adds nothing.
        }
        TempData["Flash"] = "Workshops.Collect.Kept";
        TempData["FlashArguments"] = new[] { added.ToString(CultureInfo.CurrentCulture) };
        return Redirect(PageUrl + (noteId is { } id ? $"#note-{id}" : ""));
    }

    private async Task<bool> LoadAsync(int workshopId, int activityId, CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        var activity = workshop?.Activities.FirstOrDefault(a => a.Id == activityId && a.Kind == ActivityKind.Canvasverzameling);
        if (workshop is null || activity is null)
        {
            return false;
        }
        Workshop = workshop;
        Activity = activity;
        Target = await CanvasTargets.FindAsync(db, current.Value.Id, current.Value.Slug, activity.CanvasKind, activity.CanvasKey, ct);
        if (HttpMethods.IsGet(Request.Method))
        {
            Results = await ResultsAsync(ct);
        }
        return true;
    }

    private async Task<ActivityResults> ResultsAsync(CancellationToken ct)
    {
        var people = await ParticipantDirectory.LoadAsync(db, Workshop.Id, ct);
        return await ActivityResults.LoadAsync(db, Activity, people, t, ct);
    }
}
