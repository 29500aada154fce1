using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Web.Platform.Mail;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Circulair.Web.Features.Account;

/// <summary>
/// Asks for a password-reset link by e-mail. The answer is the same whether or not the address has an account,
/// so the form cannot be used to find out who works with Circulair.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class ForgotPasswordModel(UserManager<AppUser> users, IMailSender mail, PublicLinks links, IOptions<DataProtectionTokenProviderOptions> tokens) : PageModel
{
    [BindProperty]
    public ForgotPasswordInput Input { get; set; } = new();

    [TempData]
    public bool Sent { get; set; }

    public int LinkHours => (int)tokens.Value.TokenLifespan.TotalHours;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email!.Trim());
        if (user?.Email is not null)
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var link = links.To(Request, ResetPasswordModel.Path(user.Email, token));
            var text = new MailText(user.Language);
            await mail.SendAsync(new OutgoingMail(
                user.Email,
                text["Account.Mail.Reset.Subject"],
                text["Account.Mail.Reset.Body", user.DisplayName, link, LinkHours]), ct);
        }
        Sent = true;
        return Redirect("/account/forgot-password");
    }

    public sealed class ForgotPasswordInput
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Account.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "Account.Validation.EmailInvalid")]
        [StringLength(AppUser.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }
    }
}
