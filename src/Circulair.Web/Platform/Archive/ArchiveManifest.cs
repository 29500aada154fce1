namespace Circulair.Web.Platform.Archive;

/// <summary>
/// <c>archive.json</c>, the table of contents of an organisation archive (decision 0320). Every other entry of the zip
/// is listed here with its SHA-256, so a truncated or altered archive is refused before anything is written.
/// </summary>
public sealed record ArchiveManifest
{
    public const string EntryName = "archive.json";

    /// <summary>Always "circulair-organisation"; tells an archive from any other zip.</summary>
    public string Format { get; init; } = FormatName;
    public const string FormatName = "circulair-organisation";

    public int SchemaVersion { get; init; }
    public DateTime ExportedAt { get; init; }
    public string Organisation { get; init; } = "";
    public string Slug { get; init; } = "";
    public List<ArchiveTableEntry> Tables { get; init; } = [];
    public List<ArchiveFileEntry> Files { get; init; } = [];

    /// <summary>The accounts the content refers to (authors, owners), so the import can find the same people by e-mail.</summary>
    public List<ArchiveAccount> Accounts { get; init; } = [];
}

/// <param name="Entry">The zip entry: JSON Lines, one JSON array per row in the order of <paramref name="Columns"/>.</param>
public sealed record ArchiveTableEntry(string Name, string Entry, List<string> Columns, long Rows, string Sha256);

/// <param name="Key">The file's key in the exporting installation's file store, as the rows name it.</param>
public sealed record ArchiveFileEntry(string Key, string Entry, long Bytes, string Sha256);

public sealed record ArchiveAccount(long Id, string? Email, string? DisplayName);
