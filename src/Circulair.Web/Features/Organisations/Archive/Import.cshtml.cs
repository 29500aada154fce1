using System.ComponentModel.DataAnnotations;
using Circulair.Web.Platform.Archive;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Organisations.Archive;

/// <summary>
/// A platform administrator recreates an organisation from an archive (decision 0320) and becomes its Beheerder.
/// A refused archive changes nothing; a taken slug comes back with a free one filled in.
/// </summary>
[RequestSizeLimit(MaxUploadBytes + FormOverheadBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + FormOverheadBytes)]
public sealed class ImportModel(OrganisationImport import, Text t) : PageModel
{
    /// <summary>An organisation with a million scan figures compresses to well under this.</summary>
    public const long MaxUploadBytes = 512L * 1024 * 1024;
    private const long FormOverheadBytes = 64 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Organisations.Archive.Import.Slug")]
    public string? Slug { get; set; }

    public IActionResult OnGet() => User.IsPlatformAdministrator() ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!User.IsPlatformAdministrator())
        {
            return NotFound();
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), t["Organisations.Archive.Error.NoFile"]);
            return Page();
        }
        // The import reads the archive twice (check, then write): a seekable temporary copy of the upload.
        await using var copy = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await Upload.CopyToAsync(copy, ct);
        copy.Position = 0;
        var result = await import.RunAsync(copy, new ArchiveImportRequest(Slug, User.UserId()), ct);
        if (result.Refusal is { } refusal)
        {
            var field = refusal.Key is "Organisations.Archive.Error.SlugTaken" or "Organisations.Archive.Error.SlugInvalid" ? nameof(Slug) : nameof(Upload);
            ModelState.AddModelError(field, t[refusal.Key, refusal.Arguments]);
            if (refusal.SuggestedSlug is { } suggestion)
            {
                // Offer the free slug in the field (the posted value would otherwise win over the model).
                ModelState.Remove(nameof(Slug));
                Slug = suggestion;
                ModelState.AddModelError(nameof(Slug), t[refusal.Key, refusal.Arguments]);
            }
            return Page();
        }
        TempData["Flash"] = "Organisations.Archive.Import.Done";
        return Redirect($"/o/{result.Slug}");
    }
}
