using Circulair.Accounts;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Account;

/// <summary>
/// Logging out is a POST (a link could be triggered by another site); GET shows a confirm button. It ends the session
/// on the server too, so a copy of the cookie is refused afterwards (decision 0240).
/// </summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserSessions sessions, CirculairDbContext db) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (UserSessions.Current(HttpContext) is { } session)
        {
            await sessions.EndAsync(db, session.Id);
        }
        await signIn.SignOutAsync();
        TempData["Flash"] = "Account.Logout.Done";
        return Redirect("/login");
    }
}
