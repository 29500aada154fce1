using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// A page where the instance administrator maintains the knowledge library (decision 0285). Anyone else gets 404 for
/// every handler, GET or POST, as for the other platform-administrator pages: the pages do not exist for them.
/// </summary>
public abstract class LibraryAdminPageModel : PageModel
{
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (!User.IsPlatformAdministrator())
        {
            context.Result = NotFound();
            return;
        }
        ViewData["Section"] = "library";
    }

    protected string? AdministratorName => User.FindFirst(CirculairClaims.DisplayName)?.Value;
}
