using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.PublicSite;

/// <summary>The whole site as one JSON document (schema in <see cref="PublicOpenData"/>).</summary>
public sealed class DataJsonModel(CirculairDbContext db, Text t, TimeProvider clock) : PublicPageModel(db, t, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) ? File(PublicOpenData.JsonBytes(SiteContent), "application/json; charset=utf-8") : NotFound();
}
