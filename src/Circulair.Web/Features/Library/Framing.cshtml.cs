using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Library;

/// <summary>Framing for politicians (issue 18, item 6): what a circular city is, the three roles and the key figures, in our own words.</summary>
public sealed class FramingModel : PageModel
{
    public void OnGet() => ViewData["Section"] = "library";
}
