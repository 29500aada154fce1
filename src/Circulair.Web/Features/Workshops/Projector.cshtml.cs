using Circulair.Persistence;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// The projector: full screen, large type, high contrast. It shows how to join and the activity going on,
/// with results when the facilitator shows them. With JavaScript it follows server-sent events and fetches
/// the fragment (?handler=live) on every change, polling every few seconds if events fail; without it the
/// page refreshes itself every five seconds, and the refresh link always works. Members only (decision 0190).
/// </summary>
public sealed class ProjectorModel(CirculairDbContext db, CurrentOrganisation current, PublicLinks links, Text t, TimeProvider clock) : PageModel
{
    public ProjectionView View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct) =>
        await LoadAsync(workshopId, ct) ? Page() : NotFound();

    /// <summary>Just the changing part, for the live module.</summary>
    public async Task<IActionResult> OnGetLiveAsync(int workshopId, CancellationToken ct) =>
        await LoadAsync(workshopId, ct) ? Partial("_Projection", View) : NotFound();

    private async Task<bool> LoadAsync(int workshopId, CancellationToken ct)
    {
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        if (workshop is null)
        {
            return false;
        }
        var people = await ParticipantDirectory.LoadAsync(db, workshop.Id, ct);
        var activity = workshop.ProjectedActivity;
        var results = activity is null ? null : await ActivityResults.LoadAsync(db, activity, people, t, ct);
        var joinUrl = links.To(Request, WorkshopLoad.ParticipantPath(workshop.Code));
        View = new ProjectionView(workshop, activity, results, people.Count, joinUrl, links.To(Request, "/join"), WorkshopLoad.Url(current.Value.Slug, workshop.Id), clock.GetUtcNow().UtcDateTime);
        return true;
    }
}

public sealed record ProjectionView(Workshop Workshop, WorkshopActivity? Activity, ActivityResults? Results, int Participants, string JoinUrl, string ShortUrl, string Url, DateTime Now);

/// <summary>Server-sent events for the projector: every change, results included. Checks the workshop belongs to the organisation before streaming.</summary>
public sealed class EventsModel(IServiceScopeFactory scopes, CurrentOrganisation current, LiveHub hub, IHostApplicationLifetime lifetime) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct)
    {
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            if (!db.Workshops.InOrganisation(current.Value.Id).Any(w => w.Id == workshopId))
            {
                return NotFound();
            }
        }
        await EventStream.WriteAsync(HttpContext, hub, workshopId, stateOnly: false, lifetime.ApplicationStopping);
        return new EmptyResult();
    }
}
