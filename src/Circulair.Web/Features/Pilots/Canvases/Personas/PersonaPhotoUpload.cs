using Circulair.Pilots.Canvases;
using Circulair.Web.Features.FollowUp.Owners;
using Circulair.Web.Platform.Files;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.Pilots.Canvases.Personas;

/// <summary>
/// Checks a persona photo (at most 5 MB; PNG, JPEG or WebP recognised by its first bytes, whatever its name says) and
/// stores it in the app's one file store, like the evidence of progress updates.
/// </summary>
public sealed class PersonaPhotoUpload(IFileStore store, Text t)
{
    public const string Field = "Input.Photo";

    /// <summary>
    /// The persona forms' request limit: a photo of the allowed size plus the form's text (1 MB), above the 4 MB of an
    /// ordinary form, so a photo just over 5 MB reaches <see cref="CheckAsync"/> and gets its own message in the form.
    /// </summary>
    public const long MaxRequestBytes = PersonaPhoto.MaxBytes + 1024 * 1024;

    public static bool HasFile(IFormFile? file) => file is not null && (file.Length > 0 || !string.IsNullOrEmpty(file.FileName));

    /// <summary>The content type of an acceptable photo, or null with an error added (also null without a file).</summary>
    public async Task<string?> CheckAsync(IFormFile? file, string? alt, ModelStateDictionary state, CancellationToken ct)
    {
        if (!HasFile(file))
        {
            return null;
        }
        if (string.IsNullOrWhiteSpace(alt))
        {
            state.AddModelError("Input.PhotoAlt", t["Canvases.Validation.AltRequired"]);
        }
        if (file!.Length == 0)
        {
            state.AddModelError(Field, t["Canvases.Validation.PhotoEmpty"]);
            return null;
        }
        if (file.Length > PersonaPhoto.MaxBytes)
        {
            state.AddModelError(Field, t["Canvases.Validation.PhotoTooLarge", EvidenceUpload.Megabytes(file.Length), EvidenceUpload.Megabytes(PersonaPhoto.MaxBytes)]);
            return null;
        }
        var head = new byte[PersonaPhoto.HeaderLength];
        int read;
        await using (var stream = file.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }
        var type = PersonaPhoto.Detect(head.AsSpan(0, read));
        if (type is null)
        {
            state.AddModelError(Field, t["Canvases.Validation.PhotoType"]);
        }
        return type;
    }

    public async Task<string> StoreAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        return await store.SaveAsync(stream, ct);
    }

    public Task DeleteAsync(string key, CancellationToken ct) => store.DeleteAsync(key, ct);
}
