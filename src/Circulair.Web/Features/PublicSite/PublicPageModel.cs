using Circulair.Persistence;
using Circulair.Publishing;
using Circulair.Vision;
using Circulair.Web.Features.Vision;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.PublicSite;

/// <summary>
/// A page or file of the public progress site: anonymous, read-only, and 404 unless the organisation publishes
/// (decision 0310). The route parameter is {site}, not {org}: these addresses are outside the member area and its
/// sweeps. Caching and the absence of cookies are the job of <see cref="Platform.Caching.PublicPageCache"/>.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public abstract class PublicPageModel(CirculairDbContext db, Text t, TimeProvider clock) : PageModel
{
    [FromRoute]
    public string Site { get; set; } = "";

    public PublicSiteContent SiteContent { get; private set; } = null!;

    protected Text T => t;

    protected async Task<bool> LoadAsync(CancellationToken ct)
    {
        var published = await PublicSiteContent.PublishedAsync(db, Site, ct);
        if (published is not { } p)
        {
            return false;
        }
        var today = DateOnly.FromDateTime(LocalTime.Of(clock.GetUtcNow().UtcDateTime));
        SiteContent = await PublicSiteContent.LoadAsync(db, p.Organisation, p.Site, t, today, ct);
        ViewData["Slug"] = SiteContent.Slug;
        ViewData["Organisation"] = SiteContent.Organisation;
        return true;
    }
}
