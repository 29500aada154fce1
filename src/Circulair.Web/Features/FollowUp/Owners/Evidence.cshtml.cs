using Circulair.FollowUp;
using Circulair.Persistence;
using Circulair.Web.Platform.Files;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// The evidence file of a progress update, for members of the organisation only (any role); another organisation's
/// update, or one without a file, answers 404. Always sent as a download with the type recognised at upload and
/// nosniff, so a file is never rendered as a page of this site.
/// </summary>
public sealed class EvidenceModel(CirculairDbContext db, CurrentOrganisation current, IFileStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int trajectoryId, int plannedActionId, int progressUpdateId, CancellationToken ct)
    {
        var file = await db.ProgressUpdates.InOrganisation(current.Value.Id)
            .Where(u => u.Id == progressUpdateId && u.PlannedActionId == plannedActionId && u.TrajectoryId == trajectoryId && u.EvidenceFileKey != null)
            .Select(u => new { u.EvidenceFileKey, u.EvidenceFileName, u.EvidenceContentType })
            .FirstOrDefaultAsync(ct);
        if (file is null || await store.OpenReadAsync(file.EvidenceFileKey!, ct) is not { } stream)
        {
            return NotFound();
        }
        Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return File(stream, file.EvidenceContentType ?? "application/octet-stream", file.EvidenceFileName ?? "bestand");
    }
}
