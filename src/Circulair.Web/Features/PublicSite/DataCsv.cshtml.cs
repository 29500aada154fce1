using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.PublicSite;

/// <summary>One table of the site as CSV (goals, actions, indicators, health check).</summary>
public sealed class DataCsvModel(CirculairDbContext db, Text t, TimeProvider clock) : PublicPageModel(db, t, clock)
{
    [FromRoute(Name = "file")]
    public string Table { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var table = PublicOpenData.Tables.FirstOrDefault(x => x.File == Table);
        if (table is null || !SiteContent.Shows(table.Section))
        {
            return NotFound();
        }
        return File(PublicOpenData.CsvBytes(SiteContent, Table)!, "text/csv; charset=utf-8", Table);
    }
}
