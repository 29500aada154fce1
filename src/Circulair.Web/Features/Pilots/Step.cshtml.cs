using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots;

public sealed class StepInput
{
    public PilotStep? Step { get; set; }

    [Required(ErrorMessage = "Pilots.Validation.DateRequired")]
    [Display(Name = "Pilots.Field.MoveDate")]
    public DateOnly? Date { get; set; }
}

/// <summary>
/// Moves a pilot to another step of Figure 13 on a date. The form offers only the moves the model allows (one step
/// forward or back to an earlier one); a posted move it refuses anyway becomes the 409 page.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class StepModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PilotPageModel(db, current)
{
    [BindProperty]
    public StepInput Input { get; set; } = new();

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        Input = new StepInput { Date = Today };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadPilotAsync(ct))
        {
            return NotFound();
        }
        if (Input.Step is null)
        {
            ModelState.AddModelError("Input.Step", t["Pilots.Validation.StepRequired"]);
        }
        // A missing date is already refused by its [Required].
        if (Input.Date > Today)
        {
            ModelState.AddModelError("Input.Date", t["Pilots.Validation.DateInFuture"]);
        }
        else if (Input.Date < Pilot.StepSince)
        {
            ModelState.AddModelError("Input.Date", t["Pilots.Validation.MoveBeforeLast", PilotLabels.Date(Pilot.StepSince)]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Pilot.MoveTo(Input.Step!.Value, Input.Date!.Value, Today, clock.GetUtcNow().UtcDateTime);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Step.Moved";
        return Redirect(Link());
    }
}
