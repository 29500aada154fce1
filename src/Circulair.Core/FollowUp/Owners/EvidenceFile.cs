namespace Circulair.FollowUp.Owners;

/// <summary>A file stored as evidence of a progress update: where the file store keeps it, its name, type and size.</summary>
public sealed record EvidenceFile(string StoreKey, string FileName, string ContentType, long Bytes)
{
    public const int FileNameMaxLength = 200;
    public const int StoreKeyMaxLength = 100;
    public const int ContentTypeMaxLength = 100;
    public const long DefaultMaxBytes = 10 * 1024 * 1024;
}

/// <summary>
/// The document and image types accepted as evidence, recognised by their first bytes, not by the name the browser
/// sends (decision 0250). Office Open XML and OpenDocument files are ZIP archives: their extension picks the type
/// once the bytes show a ZIP. Anything else (scripts, executables, HTML, SVG with its scripts) is refused.
/// </summary>
public static class EvidenceTypes
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs.</summary>
    public const int HeaderLength = 16;

    private static readonly Dictionary<string, string> ZipTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".odp"] = "application/vnd.oasis.opendocument.presentation",
    };

    private static readonly Dictionary<string, string> OleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".doc"] = "application/msword",
        [".xls"] = "application/vnd.ms-excel",
        [".ppt"] = "application/vnd.ms-powerpoint",
    };

    /// <summary>The accepted extensions, for the form's hint and accept attribute.</summary>
    public static readonly string[] Extensions = [".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", .. ZipTypes.Keys, .. OleTypes.Keys];

    /// <summary>The content type to serve the file with, or null when it is not an accepted document or image.</summary>
    public static string? Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var extension = Path.GetExtension(fileName ?? "");
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]))
        {
            return ZipTypes.GetValueOrDefault(extension);
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
        {
            return OleTypes.GetValueOrDefault(extension);
        }
        return null;
    }

    /// <summary>A file name safe to show and to offer on download: no folders, no control characters, at most 200 characters.</summary>
    public static string CleanName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\'))]).Trim();
        if (name.Length == 0)
        {
            name = "bestand";
        }
        return name.Length > EvidenceFile.FileNameMaxLength ? name[^EvidenceFile.FileNameMaxLength..] : name;
    }
}
