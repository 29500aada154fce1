using System.ComponentModel.DataAnnotations;
using Circulair.Accounts;
using Circulair.Audit;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Account.Admin;

/// <summary>
/// A platform administrator resets the two-factor sign-in of a person who lost both their phone and their recovery
/// codes (decision 0243, 0245): found by e-mail address, shown with their organisations, and reset only after the
/// confirmation on this page. The authenticator key and every recovery code go, two-factor sign-in is off, and every
/// session of that person ends; the person signs in with their password and sets it up again (an organisation that
/// requires it sends them to the set-up page). Each of the person's organisations gets a line in its history. Anyone
/// else gets 404, as on the other platform pages.
/// </summary>
public sealed class ResetTwoFactorModel(CirculairDbContext db, CirculairUserManager users, UserSessions sessions, Text t, TimeProvider clock) : PageModel
{
    public const string Path = "/admin/two-factor";

    /// <summary>The history field on each organisation of the person (<c>Field.Organisation.MemberTwoFactorReset</c>).</summary>
    public const string AuditField = "MemberTwoFactorReset";

    [BindProperty(SupportsGet = true)]
    public LookupInput Input { get; set; } = new();

    public Person? Found { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
        {
            return NotFound();
        }
        ModelState.Clear();
        if (Input.Email is { Length: > 0 })
        {
            if (!TryValidateModel(Input, nameof(Input)))
            {
                return Page();
            }
            Found = await FindAsync(Input.Email, ct);
            if (Found is null)
            {
                ModelState.AddModelError("Input.Email", t["Account.Admin.TwoFactor.NotFound"]);
            }
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Found = await FindAsync(Input.Email!, ct);
        if (Found is null)
        {
            ModelState.AddModelError("Input.Email", t["Account.Admin.TwoFactor.NotFound"]);
            return Page();
        }
        if (!Found.TwoFactorEnabled)
        {
            ModelState.AddModelError("", t["Account.Admin.TwoFactor.AlreadyOff", Found.Name]);
            return Page();
        }
        var user = await users.FindByIdAsync(Found.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return NotFound();
        }
        var result = await users.ForgetSecondFactorAsync(user);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", t["Account.Admin.TwoFactor.Failed"]);
            return Page();
        }
        await sessions.EndAllAsync(db, user.Id);
        await AuditAsync(Found, ct);
        TempData["Flash"] = "Account.Admin.TwoFactor.Done";
        return Redirect($"{Path}?{Uri.EscapeDataString("Input.Email")}={Uri.EscapeDataString(Found.Email)}");
    }

    /// <summary>One line in the history of each of the person's organisations: who reset whose second factor, and when.</summary>
    private async Task AuditAsync(Person person, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var changeId = Guid.NewGuid();
        var admin = User.UserId();
        var adminName = User.FindFirst(CirculairClaims.DisplayName)?.Value;
        foreach (var organisation in person.Organisations)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                OrganisationId = organisation.Id,
                At = now,
                UserId = admin,
                UserName = adminName,
                EntityType = nameof(Organisation),
                EntityId = organisation.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Action = AuditAction.Modified,
                Field = AuditField,
                OldValue = $"{person.Name} <{person.Email}>",
                NewValue = null,
                IsPersonal = true,
                ChangeId = changeId,
            });
        }
        await db.SaveChangesAsync(ct);
        foreach (var organisation in person.Organisations)
        {
            await OrganisationDataVersion.RaiseAsync(db, organisation.Id, ct);
        }
    }

    private async Task<Person?> FindAsync(string email, CancellationToken ct)
    {
        var normal = users.NormalizeEmail(email.Trim());
        var person = await db.Users.Where(u => u.NormalizedEmail == normal)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.TwoFactorEnabled })
            .FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        var organisations = await db.Memberships.Where(m => m.UserId == person.Id).OrderBy(m => m.Organisation.Name)
            .Select(m => new OrganisationRow(m.OrganisationId, m.Organisation.Name, m.Role, m.Organisation.RequireTwoFactor))
            .ToListAsync(ct);
        return new Person(person.Id, person.DisplayName, person.Email ?? "", person.TwoFactorEnabled, organisations);
    }

    public sealed record Person(int Id, string Name, string Email, bool TwoFactorEnabled, IReadOnlyList<OrganisationRow> Organisations);

    public sealed record OrganisationRow(int Id, string Name, OrganisationRole Role, bool RequiresTwoFactor);

    public sealed class LookupInput
    {
        [Display(Name = "Account.Field.Email")]
        [Required(ErrorMessage = "Account.Validation.EmailRequired")]
        [EmailAddress(ErrorMessage = "Account.Validation.EmailInvalid")]
        [StringLength(AppUser.EmailMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? Email { get; set; }
    }
}
