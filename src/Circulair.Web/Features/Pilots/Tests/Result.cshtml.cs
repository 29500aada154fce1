using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Pilots;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Pilots.Tests;

public sealed class ResultInput
{
    [Display(Name = "Pilots.Field.Result")]
    [Required(ErrorMessage = "Pilots.Validation.ResultRequired")]
    public LearningResult? Result { get; set; }

    [Display(Name = "Pilots.Field.Learning")]
    [StringLength(PilotTestCard.TextMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Learning { get; set; }
}

/// <summary>
/// Records what a test taught (gevalideerd, niet gevalideerd, onduidelijk) against the criterion set before it started;
/// the card page then shows where the result sends the team.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class ResultModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : TestCardPageModel(db, current)
{
    [BindProperty]
    public ResultInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadCardAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadCardAsync(ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Card.RecordResult(Input.Result!.Value, Input.Learning, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Pilots.Result.Recorded";
        return Redirect(Link($"/tests/{Card.Id}#next-step"));
    }
}
