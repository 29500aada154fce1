using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Circulair.Web.Features.Account;

/// <summary>
/// The signed-in person's name and language. The language lives in the sign-in cookie's claims (the culture
/// provider reads it there), so saving re-issues the cookie and the next page is already in the new language.
/// </summary>
public sealed class ProfileModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Text t) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public string Email { get; private set; } = "";

    public IReadOnlyList<SelectListItem> LanguageItems { get; } =
    [
        new("Nederlands", Languages.Dutch),
        new("English", Languages.English),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        Input = new ProfileInput { Name = user.DisplayName, Language = user.Language };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        Email = user.Email ?? "";
        if (Input.Language is not null && !Languages.IsSupported(Input.Language))
        {
            ModelState.AddModelError("Input.Language", t["Account.Validation.LanguageUnknown"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        user.DisplayName = Input.Name!.Trim();
        user.Language = Input.Language!;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                ModelState.AddModelError("", e.Description);
            }
            return Page();
        }
        await signIn.RefreshSignInAsync(user);
        TempData["Flash"] = "Account.Profile.Saved";
        return Redirect("/account/profile");
    }

    public sealed class ProfileInput
    {
        [Display(Name = "Account.Field.Name")]
        [Required(ErrorMessage = "Account.Validation.NameRequired")]
        [StringLength(AppUser.DisplayNameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "Account.Field.Language")]
        [Required(ErrorMessage = "Account.Validation.LanguageRequired")]
        public string? Language { get; set; }
    }
}
