using System.ComponentModel.DataAnnotations;
using System.Text;
using Circulair.Accounts;
using Circulair.Persistence;
using Circulair.Web.Platform.Forms;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;

namespace Circulair.Web.Features.Account;

/// <summary>
/// Sets a new password from the link in the reset mail. The link carries Identity's token (valid 2 hours,
/// tied to the security stamp, so it stops working once used). A successful reset ends every session of the person
/// at once (decision 0240): whoever knew the old password is out.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
[ReopenLinkOnStaleForm]
public sealed class ResetPasswordModel(UserManager<AppUser> users, UserSessions sessions, SignInThrottle throttle, CirculairDbContext db, Text t) : PageModel
{
    [BindProperty]
    public ResetPasswordInput Input { get; set; } = new();

    /// <summary>The token as it travels in the link (Base64url of Identity's token).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    /// <summary>False when the link is broken, expired or used: the page then offers a new one instead of the form.</summary>
    public bool LinkWorks { get; private set; }

    public static string Path(string email, string identityToken) =>
        $"/account/reset-password?email={Uri.EscapeDataString(email)}&token={WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(identityToken))}";

    public async Task<IActionResult> OnGetAsync(string? email)
    {
        Input.Email = email;
        var user = email is null ? null : await users.FindByEmailAsync(email);
        LinkWorks = user is not null && DecodedToken is { } token
            && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, token);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        LinkWorks = true;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user is null || DecodedToken is not { } token)
        {
            // An unknown address gets the same answer as a bad link: the form must not reveal who has an account.
            ModelState.AddModelError("", t["Account.Reset.LinkInvalid"]);
            return Page();
        }
        var result = await users.ResetPasswordAsync(user, token, Input.Password!);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Input.Password" : "", e.Code == nameof(IdentityErrorDescriber.InvalidToken) ? t["Account.Reset.LinkInvalid"] : e.Description);
            }
            return Page();
        }
        // Also lifts a lockout left from before sign-ins were throttled instead.
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await sessions.EndAllAsync(db, user.Id);
        // Whoever proved they own the address may try the new password at once.
        throttle.Succeeded(Input.Email!.Trim(), SignInThrottle.ClientOf(HttpContext));
        TempData["Flash"] = "Account.Reset.Done";
        return Redirect("/login");
    }

    private string? DecodedToken
    {
        get
        {
            if (string.IsNullOrEmpty(Token))
            {
                return null;
            }
            try
            {
                return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(Token));
            }
            catch (FormatException)
            {
                return null;
            }
        }
    }

    public sealed class ResetPasswordInput
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Account.Validation.EmailRequired")]
        [StringLength(AppUser.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }

        [Display(Name = "Account.Field.NewPassword")]
        [Required(ErrorMessage = "Account.Validation.NewPasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Password { get; set; }

        [Display(Name = "Account.Field.ConfirmPassword")]
        [Required(ErrorMessage = "Account.Validation.ConfirmPasswordRequired")]
        [Compare(nameof(Password), ErrorMessage = "Account.Validation.PasswordsDiffer")]
        public string? ConfirmPassword { get; set; }
    }
}
