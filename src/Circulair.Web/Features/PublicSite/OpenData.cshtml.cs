using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.PublicSite;

/// <summary>The open-data page: the files and their schema, column by column.</summary>
public sealed class OpenDataModel(CirculairDbContext db, Text t, TimeProvider clock) : PublicPageModel(db, t, clock)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();
}
