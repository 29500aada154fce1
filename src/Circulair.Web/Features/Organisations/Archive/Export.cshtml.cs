using Circulair.Organisations;
using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Organisations.Archive;

/// <summary>
/// A Beheerder downloads everything of the organisation as one archive (decision 0320). The download is a POST: it
/// is never cached, and a link crawler cannot start a large export.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Beheerder, Write = OrganisationRole.Beheerder)]
public sealed class ExportModel(OrganisationExport export, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var org = current.Value;
        // Written to a temporary file first: the zip is built with synchronous writes, and a failure halfway then
        // answers an error page instead of a cut-off download.
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await export.WriteAsync(org.Id, file, ct);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        var name = $"{org.Slug}-{clock.GetUtcNow():yyyy-MM-dd}.circulair.zip";
        return File(file, "application/zip", name);
    }
}
