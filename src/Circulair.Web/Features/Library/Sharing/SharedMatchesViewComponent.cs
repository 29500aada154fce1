using Circulair.Library;
using Circulair.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Library.Sharing;

/// <summary>
/// On the case library: the published items of other local governments that match the same search, beside the guide's
/// cases, with a link to all of them.
/// </summary>
public sealed class SharedMatchesViewComponent(CirculairDbContext db) : ViewComponent
{
    public const int Shown = 5;

    public async Task<IViewComponentResult> InvokeAsync(CaseFilter filter)
    {
        var shared = new SharedFilter(filter, null);
        var rows = await shared.SearchAsync(db, HttpContext.RequestAborted);
        ViewData["Total"] = rows.Count;
        ViewData["Query"] = HttpContext.Request.QueryString.Value ?? "";
        return View("/Features/Library/Sharing/_SharedMatches.cshtml", rows.Take(Shown).ToList());
    }
}
