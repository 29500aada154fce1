using System.ComponentModel.DataAnnotations;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Domains;

/// <summary>A Coördinator puts a domain on the shortlist of promising domains (with a reason) or takes it off.</summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class ShortlistModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Display(Name = "Scan.Domain.Reason")]
    [Required(ErrorMessage = "Scan.Validation.ReasonRequired")]
    [StringLength(ScanDomainAssessment.ReasonMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
    public string? Reason { get; set; }

    public ScanDomainAssessment Assessment { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int scanDomainAssessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(scanDomainAssessmentId, ct))
        {
            return NotFound();
        }
        Reason = Assessment.PromisingReason;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scanDomainAssessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(scanDomainAssessmentId, ct))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        Assessment.MarkPromising(Reason!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Scan.Domain.Marked";
        return Redirect($"/o/{current.Value.Slug}/scan/ranking");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int scanDomainAssessmentId, CancellationToken ct)
    {
        if (!await LoadAsync(scanDomainAssessmentId, ct))
        {
            return NotFound();
        }
        Assessment.Unmark();
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Scan.Domain.Unmarked";
        return Redirect($"/o/{current.Value.Slug}/scan/ranking");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var a = await db.ScanDomainAssessments.InOrganisation(current.Value.Id).SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null)
        {
            return false;
        }
        Assessment = a;
        return true;
    }
}
