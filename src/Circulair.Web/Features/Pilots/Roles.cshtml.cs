using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots;

public sealed class RolePeriodInput
{
    [Required(ErrorMessage = "Pilots.Validation.FromRequired")]
    [Display(Name = "Pilots.Field.From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Pilots.Field.Until")]
    public DateOnly? Until { get; set; }

    public List<PilotRoles> Roles { get; set; } = [];

    [StringLength(PilotRolePeriod.NoteMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    [Display(Name = "Pilots.Field.RoleNote")]
    public string? Note { get; set; }
}

/// <summary>Records the roles the local government takes in a pilot from a date (Figure 16); a new period keeps the earlier ones.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class RolesModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PilotPageModel(db, current)
{
    [BindProperty]
    public RolePeriodInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input = new RolePeriodInput { From = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        var roles = PilotRoleList.Combine(Input.Roles);
        if (Input.Roles.Count == 0 || !PilotRoleList.IsValid(roles))
        {
            ModelState.AddModelError("Input.Roles", t["Pilots.Validation.RolesRequired"]);
        }
        if (Input.Until is { } until && until < Input.From)
        {
            ModelState.AddModelError("Input.Until", t["Pilots.Validation.UntilBeforeFrom"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Pilot.AddRolePeriod(Input.From!.Value, Input.Until, roles, Input.Note);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Roles.Added";
        return Redirect(Link() + "#roles-title");
    }
}
