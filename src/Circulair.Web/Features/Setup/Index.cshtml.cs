using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Features.Organisations;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Circulair.Web.Features.Setup;

/// <summary>First-time setup: the first administrator and the first organisation. Answers 404 once an account exists.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Setup)]
public sealed class IndexModel(CirculairDbContext db, UserManager<AppUser> users, SignInManager<AppUser> signIn, SetupState state, Text t, TimeProvider clock) : PageModel
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    [BindProperty]
    public AccountInput Account { get; set; } = new();

    [BindProperty]
    public OrganisationInput Organisation { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await state.IsDoneAsync(db, ct))
        {
            return NotFound();
        }
        Prepare();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OneAtATime.WaitAsync(ct);
        try
        {
            if (await state.IsDoneAsync(db, ct))
            {
                return NotFound();
            }
            var (municipality, parent) = await Organisation.ResolveAsync(ModelState, "Organisation", db, t, ct);
            if (!ModelState.IsValid)
            {
                Prepare();
                return Page();
            }

            var now = clock.GetUtcNow().UtcDateTime;
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var user = new AppUser
            {
                UserName = Account.Email!.Trim(),
                Email = Account.Email!.Trim(),
                EmailConfirmed = true,
                DisplayName = Account.Name!.Trim(),
                IsPlatformAdministrator = true,
                CreatedAt = now,
            };
            var created = await users.CreateAsync(user, Account.Password!);
            if (!created.Succeeded)
            {
                foreach (var e in created.Errors)
                {
                    ModelState.AddModelError(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Account.Password" : "Account.Email", e.Description);
                }
                Prepare();
                return Page();
            }
            var organisation = await Organisation.CreateAsync(db, municipality, parent, now, ct);
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(ct);
            db.Memberships.Add(new Membership(organisation.Id, user.Id, OrganisationRole.Beheerder, now));
            user.LastOrganisationId = organisation.Id;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);

            state.MarkDone();
            await signIn.SignInAsync(user, isPersistent: false);
            TempData["Flash"] = "Setup.Done";
            return Redirect($"/o/{organisation.Slug}");
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private void Prepare()
    {
        ViewData["TypeItems"] = OrganisationInput.TypeItems(t);
    }

    public sealed class AccountInput
    {
        [Display(Name = "Account.Field.Name")]
        [Required(ErrorMessage = "Account.Validation.NameRequired")]
        [StringLength(AppUser.DisplayNameMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Name { get; set; }

        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Account.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "Account.Validation.EmailInvalid")]
        [StringLength(AppUser.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }

        [Display(Name = "Account.Field.Password")]
        [Required(ErrorMessage = "Account.Validation.PasswordRequired")]
        [StringLength(128, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Password { get; set; }

        [Display(Name = "Account.Field.ConfirmPassword")]
        [Required(ErrorMessage = "Account.Validation.ConfirmPasswordRequired")]
        [Compare(nameof(Password), ErrorMessage = "Account.Validation.PasswordsDiffer")]
        public string? ConfirmPassword { get; set; }
    }
}
