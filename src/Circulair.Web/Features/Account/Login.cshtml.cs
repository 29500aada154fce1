using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circulair.Web.Features.Account;

[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, Text t) : PageModel
{
    [BindProperty]
    public LoginInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(SafeReturnUrl) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null)
        {
            // Same message as a wrong password: the form must not tell which e-mail addresses have an account.
            ModelState.AddModelError("Input.Email", t["Account.Login.Failed"]);
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        ModelState.AddModelError("Input.Email", result.IsLockedOut ? t["Account.Login.LockedOut"] : t["Account.Login.Failed"]);
        return Page();
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";

    public sealed class LoginInput
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Account.Validation.EmailRequired")]
        [StringLength(AppUser.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }

        [Display(Name = "Account.Field.Password")]
        [Required(ErrorMessage = "Account.Validation.PasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Password { get; set; }

        [Display(Name = "Account.Field.RememberMe")]
        public bool RememberMe { get; set; }
    }
}
