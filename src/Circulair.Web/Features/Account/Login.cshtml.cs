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
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SignInThrottle throttle, Text t, Platform.Security.Sso.OidcProviders sso) : PageModel
{
    /// <summary>Single sign-on buttons are shown under the form when providers are configured (decision 0360).</summary>
    public bool HasSso => sso.Any;

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
        // One answer for an unknown address, a wrong password and a client that must wait: the form must not tell
        // which e-mail addresses have an account, nor that someone else is guessing at one (decision 0240).
        var email = Input.Email!.Trim();
        var client = SignInThrottle.ClientOf(HttpContext);
        if (throttle.MustWait(email, client))
        {
            return Failed();
        }
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Hash all the same, so the answer takes as long as for an account.
            users.PasswordHasher.VerifyHashedPassword(Nobody, NobodyHash, Input.Password!);
            throttle.Failed(email, client);
            return Failed();
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(email, client);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            // The password was right, but this client's count of failures stays until the code is right too: a known
            // password must not reset the wait of someone guessing codes (decision 0243).
            return Redirect(LoginTwoFactorModel.Path(SafeReturnUrl, Input.RememberMe));
        }
        throttle.Failed(email, client);
        return Failed();
    }

    private static readonly AppUser Nobody = new();
    private static readonly string NobodyHash = new PasswordHasher<AppUser>().HashPassword(Nobody, "not a password of anyone");

    private PageResult Failed()
    {
        ModelState.AddModelError("Input.Email", t["Account.Login.Failed"]);
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
