using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Live;
using Circulair.Web.Platform.Security;
using Circulair.Workshops;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Ending a workshop asks first, on a page of its own (no JavaScript needed): it closes the open activity, hands its
/// results to the strategy and sends every phone away, and cannot be undone.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid, Write = OrganisationRole.Teamlid)]
public sealed class EndModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock, ILiveNotifier live, WorkshopFeed feed) : PageModel
{
    public Workshop Workshop { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int workshopId, CancellationToken ct)
    {
        ViewData["Section"] = "workshops";
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        if (workshop is null)
        {
            return NotFound();
        }
        if (workshop.IsEnded)
        {
            return Redirect(WorkshopLoad.Url(current.Value.Slug, workshop.Id));
        }
        Workshop = workshop;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int workshopId, CancellationToken ct)
    {
        var workshop = await WorkshopLoad.FindAsync(db, current.Value.Id, workshopId, ct);
        if (workshop is null)
        {
            return NotFound();
        }
        var open = workshop.OpenActivity;
        workshop.End(clock.GetUtcNow().UtcDateTime);
        if (open is not null)
        {
            await feed.RunAsync(workshop, open, ct);
        }
        await db.SaveChangesAsync(ct);
        await live.PublishAsync(new LiveEvent(workshop.Id, LiveChange.State, 0), ct);
        TempData["Flash"] = "Workshops.Flash.Ended";
        return Redirect(WorkshopLoad.Url(current.Value.Slug, workshop.Id));
    }
}
