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

/// <summary>
/// The second step of signing in for a person with two-factor sign-in: a code from their authenticator app, or one of
/// their recovery codes (each works once). Identity remembers who passed the password step in its own short-lived
/// cookie. Wrong codes count in the same throttle as wrong passwords, per account and client (decisions 0240, 0243).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginTwoFactorModel(SignInManager<AppUser> signIn, SignInThrottle throttle, Text t) : PageModel
{
    public static string Path(string returnUrl, bool rememberMe) =>
        $"/login/two-factor?returnUrl={Uri.EscapeDataString(returnUrl)}" + (rememberMe ? "&rememberMe=true" : "");

    [BindProperty]
    public CodeInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            // The password step expired (or never happened): start again.
            return Redirect("/login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var account = user.Email ?? user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var client = SignInThrottle.ClientOf(HttpContext);
        if (throttle.MustWait(account, client))
        {
            return Failed();
        }
        var code = new string([.. Input.Code!.Where(c => !char.IsWhiteSpace(c) && c != '-')]);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code!.Trim());
        if (result.Succeeded)
        {
            throttle.Succeeded(account, client);
            return LocalRedirect(SafeReturnUrl);
        }
        throttle.Failed(account, client);
        return Failed();
    }

    private PageResult Failed()
    {
        ModelState.AddModelError("Input.Code", t["Account.TwoFactor.CodeWrong"]);
        return Page();
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";

    public sealed class CodeInput
    {
        [Display(Name = "Account.Field.TwoFactorCode")]
        [Required(ErrorMessage = "Account.Validation.TwoFactorCodeRequired")]
        [StringLength(40, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Code { get; set; }
    }
}
