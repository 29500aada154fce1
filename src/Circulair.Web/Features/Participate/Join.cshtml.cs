using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Web.Features.Workshops;
using Circulair.Workshops;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Participate;

/// <summary>
/// The short address participants type: /join, then the six-character code from the projector. A code is
/// forgiving about case, spaces and dashes; an unknown code counts towards the join limit (429 past it).
/// </summary>
[AllowAnonymous]
public sealed class JoinModel(CirculairDbContext db, ParticipantLimits limits) : PageModel
{
    [BindProperty]
    [Display(Name = "Workshops.Join.CodeLabel")]
    [Required(ErrorMessage = "Workshops.Join.CodeRequired")]
    public string? Code { get; set; }

    public void OnGet(string? code) => Code = code;

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (limits.IsBlocked(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var code = WorkshopCode.Normalise(Code);
        if (code is not null && await db.Workshops.AnyAsync(w => w.Code == code, ct))
        {
            return Redirect(WorkshopLoad.ParticipantPath(code));
        }
        if (!limits.RecordMiss(HttpContext))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        ModelState.AddModelError(nameof(Code), HttpContext.RequestServices.GetRequiredService<Platform.Localization.Text>()[code is null && !WorkshopCode.IsWellFormed(Code) ? "Workshops.Join.CodeMalformed" : "Workshops.Join.CodeUnknown", WorkshopCode.Length]);
        return Page();
    }
}
