using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Circulair.Accounts;
using Circulair.Persistence;
using Circulair.Web.Features.Workshops;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, Identity's built-in provider). Set-up shows the key as a QR code
/// and as text, and switches it on once a code from the app is right; then ten recovery codes are shown once (and can
/// be downloaded as text). Switching it off and making new recovery codes ask for the password. Switching it on or off
/// ends the person's other sessions (decision 0243). Organisations that require it send their members here
/// (<c>?organisation=slug</c>) before they can open the organisation's pages.
/// </summary>
[EnableRateLimiting(RateLimits.Login)]
public sealed class TwoFactorModel(
    CirculairUserManager users, SignInManager<AppUser> signIn, UserSessions sessions, SignInThrottle throttle, CirculairDbContext db, Text t) : PageModel
{
    public const int RecoveryCodeCount = 10;

    public bool Enabled { get; private set; }
    public int RecoveryCodesLeft { get; private set; }
    public string SharedKey { get; private set; } = "";
    public string QrSvg { get; private set; } = "";

    /// <summary>The recovery codes just made: shown on this answer only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    /// <summary>The organisations of this person that require two-factor sign-in (shown while it is off).</summary>
    public IReadOnlyList<string> RequiredBy { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public CodeInput Confirm { get; set; } = new();
    public PasswordInput Disable { get; set; } = new();
    public PasswordInput Regenerate { get; set; } = new();

    public string? SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : null;

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Confirms the set-up with a code from the app and switches two-factor sign-in on.</summary>
    public async Task<IActionResult> OnPostAsync([Bind(Prefix = nameof(Confirm))] CodeInput confirm)
    {
        Confirm = confirm;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/two-factor");
        }
        if (ModelState.IsValid)
        {
            var code = new string([.. confirm.Code!.Where(char.IsAsciiDigit)]);
            var right = code.Length == 6
                && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
            if (!right)
            {
                ModelState.AddModelError("Confirm.Code", t["Account.TwoFactor.CodeWrong"]);
            }
        }
        if (!ModelState.IsValid)
        {
            await LoadAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        // Switching it on changed the security stamp: sessions that signed in without the second step end now.
        await sessions.EndAllAsync(db, user.Id, keep: UserSessions.Current(HttpContext)?.Id);
        await signIn.RefreshSignInAsync(user);
        await LoadAsync(user);
        return Page();
    }

    /// <summary>New recovery codes (the old ones stop working); asks for the password.</summary>
    public async Task<IActionResult> OnPostRecoveryCodesAsync([Bind(Prefix = nameof(Regenerate))] PasswordInput regenerate)
    {
        Regenerate = regenerate;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/two-factor");
        }
        if (!await PasswordRightAsync(user, regenerate, "Regenerate.Password"))
        {
            await LoadAsync(user);
            return Page();
        }
        NewRecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount) ?? []];
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Switches two-factor sign-in off and forgets the key and the recovery codes; asks for the password.</summary>
    public async Task<IActionResult> OnPostDisableAsync([Bind(Prefix = nameof(Disable))] PasswordInput disable)
    {
        Disable = disable;
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return Redirect("/account/two-factor");
        }
        if (!await PasswordRightAsync(user, disable, "Disable.Password"))
        {
            await LoadAsync(user);
            return Page();
        }
        await users.ForgetSecondFactorAsync(user);
        // Every session ends, this one too, and a fresh one starts: pages remembered for the old session (the page
        // cache's front door) must not be answered to a person who no longer meets an organisation's requirement.
        var persistent = (await HttpContext.AuthenticateAsync()).Properties?.IsPersistent ?? false;
        await sessions.EndAllAsync(db, user.Id);
        await signIn.SignInAsync(user, persistent);
        TempData["Flash"] = "Account.TwoFactor.Disabled";
        return Redirect("/account/two-factor");
    }

    /// <summary>The recovery codes just shown, as a text file. Only code-shaped values are echoed back.</summary>
    public IActionResult OnPostDownload(string[]? codes)
    {
        var valid = (codes ?? []).Where(c => c.Length is > 0 and <= 20 && c.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-')).Take(RecoveryCodeCount).ToList();
        if (valid.Count == 0)
        {
            return Redirect("/account/two-factor");
        }
        var text = new StringBuilder();
        text.Append(t["Account.TwoFactor.DownloadHeader"].Value).Append("\r\n\r\n");
        foreach (var code in valid)
        {
            text.Append(code).Append("\r\n");
        }
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/plain; charset=utf-8", "circulair-herstelcodes.txt");
    }

    private async Task<bool> PasswordRightAsync(AppUser user, PasswordInput input, string field)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        // The same throttle as signing in: a borrowed session must not be a way to guess the password (decision 0240).
        var account = user.Email ?? user.Id.ToString(CultureInfo.InvariantCulture);
        var client = SignInThrottle.ClientOf(HttpContext);
        if (!throttle.MustWait(account, client) && await users.CheckPasswordAsync(user, input.Password!))
        {
            throttle.Succeeded(account, client);
            return true;
        }
        throttle.Failed(account, client);
        ModelState.AddModelError(field, t["Account.TwoFactor.PasswordWrong"]);
        return false;
    }

    private async Task LoadAsync(AppUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        if (Enabled)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return;
        }
        var key = await users.EnsureAuthenticatorKeyAsync(user);
        SharedKey = Grouped(key);
        var email = user.Email ?? "";
        var uri = $"otpauth://totp/{Uri.EscapeDataString("Circulair:" + email)}?secret={key}&issuer=Circulair&digits=6";
        QrSvg = JoinQr.Svg(uri, t["Account.TwoFactor.QrLabel"]);
        RequiredBy = await db.Memberships
            .Where(m => m.UserId == user.Id && m.Organisation.RequireTwoFactor)
            .OrderBy(m => m.Organisation.Name)
            .Select(m => m.Organisation.Name)
            .ToListAsync();
    }

    /// <summary>The key in groups of four, lower case, as authenticator apps show and accept it.</summary>
    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return text.ToString().ToLowerInvariant();
    }

    public sealed class CodeInput
    {
        [Display(Name = "Account.Field.TwoFactorCode")]
        [Required(ErrorMessage = "Account.Validation.TwoFactorCodeRequired")]
        [StringLength(20, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Code { get; set; }
    }

    public sealed class PasswordInput
    {
        [Display(Name = "Account.Field.Password")]
        [Required(ErrorMessage = "Account.Validation.PasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Password { get; set; }
    }
}
