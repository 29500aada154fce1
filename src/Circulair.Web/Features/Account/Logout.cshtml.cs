using Circulair.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Account;

/// <summary>Logging out is a POST (a link could be triggered by another site); GET shows a confirm button.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Flash"] = "Account.Logout.Done";
        return Redirect("/login");
    }
}
