using Circulair.Persistence;
using Circulair.Progress;
using Circulair.Web.Features.Dashboard;
using Circulair.Web.Platform.Localization;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Workshops;

/// <summary>
/// Live workshops on "Waar staan we?", phase 2, just before the ideas (order 4): the guide's phase 2 gathers
/// and chooses ideas with stakeholders in sessions, which is what workshops are for. It has content once a
/// workshop exists; the summary counts workshops by state and activities held. Participants are left out on
/// purpose: joining does not raise the organisation's data version (decision 0190), so a count of them would keep
/// the dashboard out of the page cache (decision 0171). The link opens the workshop that is running, if one is,
/// else the list.
/// </summary>
public sealed class WorkshopProgress(CirculairDbContext db) : IProgressSource
{
    public async Task<IReadOnlyList<ToolProgress>> GetAsync(int organisationId, string organisationSlug, CancellationToken ct)
    {
        var workshops = await db.Workshops.InOrganisation(organisationId)
            .Select(w => new { w.Id, w.Status, Held = w.Activities.Count(a => a.OpenedAt != null) })
            .ToListAsync(ct);
        var list = $"/o/{organisationSlug}/workshops";
        if (workshops.Count == 0)
        {
            return [new ToolProgress(Phase.Fase2, 4, "Workshops.Progress.Name", false, "Workshops.Progress.Empty", [], list)];
        }
        var running = workshops.Where(w => w.Status == WorkshopStatus.Actief).OrderByDescending(w => w.Id).FirstOrDefault();
        return
        [
            new ToolProgress(Phase.Fase2, 4, "Workshops.Progress.Name", true, Counted.KeyFor("Workshops.Progress.Summary", workshops.Count),
                [workshops.Count, workshops.Count(w => w.Status == WorkshopStatus.Actief), workshops.Count(w => w.Status == WorkshopStatus.Beeindigd), Counted.Of("Workshops.Progress.Held", workshops.Sum(w => w.Held))],
                running is null ? list : WorkshopLoad.Url(organisationSlug, running.Id)),
        ];
    }
}
