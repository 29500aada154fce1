using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Publishing;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.PublicSite;

/// <summary>
/// Switching the public progress site on or off and choosing what it shows (decision 0310). A Coördinator or Beheerder
/// decides; every member may see the choice. The change is audited and raises the data version, so the public pages
/// follow at once.
/// </summary>
[OrganisationAccess(Write = OrganisationRole.Coordinator)]
public sealed class SettingsModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty]
    public bool Published { get; set; }

    [BindProperty]
    public List<PublicSections> Sections { get; set; } = [];

    public string Slug => current.Value.Slug;
    public bool CanChange => current.Value.Can(OrganisationRole.Coordinator);
    public int? SiteId { get; private set; }

    /// <summary>The choices a Coördinator makes, one checkbox each, in the order the page shows them.</summary>
    public static readonly PublicSections[] Choices =
    [
        PublicSections.Vision, PublicSections.VisionBlocks, PublicSections.Goals, PublicSections.Actions, PublicSections.ActionDates,
        PublicSections.ActionOwners, PublicSections.Indicators, PublicSections.HealthCheck,
    ];

    public async Task OnGetAsync(CancellationToken ct)
    {
        ViewData["Section"] = "settings";
        var site = await db.PublicSites.InOrganisation(current.Value.Id).AsNoTracking().FirstOrDefaultAsync(ct);
        SiteId = site?.Id;
        Published = site?.Published ?? false;
        var chosen = site?.Sections ?? Circulair.Publishing.PublicSite.DefaultSections;
        Sections = [.. Choices.Where(c => (chosen & c) == c)];
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var site = await db.PublicSites.InOrganisation(current.Value.Id).FirstOrDefaultAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (site is null)
        {
            site = new Circulair.Publishing.PublicSite(current.Value.Id, now);
            db.PublicSites.Add(site);
        }
        var sections = Sections.Where(Choices.Contains).Aggregate(PublicSections.None, (all, s) => all | s);
        site.Choose(Published, sections, now);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = Published ? "PublicSite.Settings.SavedOn" : "PublicSite.Settings.SavedOff";
        return Redirect($"/o/{current.Value.Slug}/public-site");
    }
}
