using Circulair.Accounts;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Account;

/// <summary>Remembers the language chosen before log-in in a cookie.</summary>
[AllowAnonymous]
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public IActionResult OnPost(string? language, string? returnUrl)
    {
        if (Languages.IsSupported(language))
        {
            Response.Cookies.Append(CultureSetup.CookieName, language!, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
