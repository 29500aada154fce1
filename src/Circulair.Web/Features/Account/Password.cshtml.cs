using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circulair.Web.Features.Account;

/// <summary>
/// Changes the signed-in person's password. The person's other sessions end at once (decision 0240); this session is
/// re-issued with the new security stamp. Rate limited like log-in: the current-password
/// field could otherwise be used to guess a password behind a borrowed session.
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class PasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, UserSessions sessions, CirculairDbContext db) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword!, Input.NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Input.CurrentPassword" : "Input.NewPassword", e.Description);
            }
            return Page();
        }
        await sessions.EndAllAsync(db, user.Id, keep: UserSessions.Current(HttpContext)?.Id);
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = "Account.Password.Changed";
        return Redirect("/account/profile");
    }

    public sealed class ChangePasswordInput
    {
        [Display(Name = "Account.Field.CurrentPassword")]
        [Required(ErrorMessage = "Account.Validation.CurrentPasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? CurrentPassword { get; set; }

        [Display(Name = "Account.Field.NewPassword")]
        [Required(ErrorMessage = "Account.Validation.NewPasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? NewPassword { get; set; }

        [Display(Name = "Account.Field.ConfirmPassword")]
        [Required(ErrorMessage = "Account.Validation.ConfirmPasswordRequired")]
        [Compare(nameof(NewPassword), ErrorMessage = "Account.Validation.PasswordsDiffer")]
        public string? ConfirmPassword { get; set; }
    }
}
