using System.Globalization;
using Circulair.FollowUp.Owners;
using Circulair.Web.Platform.Files;
using Circulair.Web.Platform.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Circulair.Web.Features.FollowUp.Owners;

/// <summary>
/// Checks an evidence file (size, and type by its first bytes) and stores it through the one file store (decision 0250).
/// </summary>
public sealed class EvidenceUpload(IFileStore store, OwnersOptions options, Text t)
{
    public const string Field = "Input.EvidenceFile";

    public long MaxFileBytes => options.MaxFileBytes;

    /// <summary>The content type of an acceptable file, or null with an error in <paramref name="modelState"/> (or null without a file).</summary>
    public async Task<string?> CheckAsync(IFormFile? file, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
        {
            return null;
        }
        if (file.Length == 0)
        {
            modelState.AddModelError(Field, t["Owners.Validation.FileEmpty"]);
            return null;
        }
        if (file.Length > options.MaxFileBytes)
        {
            modelState.AddModelError(Field, t["Owners.Validation.FileTooLarge", Megabytes(file.Length), Megabytes(options.MaxFileBytes)]);
            return null;
        }
        var head = new byte[EvidenceTypes.HeaderLength];
        int read;
        await using (var stream = file.OpenReadStream())
        {
            read = await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct);
        }
        var type = EvidenceTypes.Detect(head.AsSpan(0, read), file.FileName);
        if (type is null)
        {
            modelState.AddModelError(Field, t["Owners.Validation.FileType"]);
        }
        return type;
    }

    public async Task<EvidenceFile> StoreAsync(IFormFile file, string contentType, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var key = await store.SaveAsync(stream, ct);
        return new EvidenceFile(key, EvidenceTypes.CleanName(file.FileName), contentType, file.Length);
    }

    public static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture);
}

/// <summary>What the evidence and milestone fields of an update form show.</summary>
public sealed record EvidenceFields(IReadOnlyList<MilestoneChoice> Open, IReadOnlyCollection<int> Chosen, long MaxBytes);
