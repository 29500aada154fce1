using Circulair.Persistence;
using Circulair.Regions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Regions;

/// <summary>
/// On an action or a pilot adopted from a region template (decision 0375): "from region X", found by the template's
/// key. Only the region's name is read; when the template is gone (an archive moved elsewhere) nothing is shown.
/// </summary>
public sealed class RegionOriginViewComponent(CirculairDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? regionKey)
    {
        var region = regionKey is null ? null : await (
            from x in db.RegionTemplates
            where x.Key == regionKey
            join r in db.Organisations on x.OrganisationId equals r.Id
            select r.Name)
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        return View("/Features/Regions/_RegionOrigin.cshtml", region);
    }
}
