namespace Circulair.Web.Features.Scan.Import;

/// <summary>Bound from "Scan:Import" (env: Scan__Import__MaxFileMegabytes …).</summary>
public sealed class ScanImportOptions
{
    /// <summary>Largest file accepted, in megabytes (default 50).</summary>
    public double MaxFileMegabytes { get; set; } = 50;

    /// <summary>Files up to this size are checked during the request; larger ones in the background with a progress page.</summary>
    public double InlineMegabytes { get; set; } = 2;

    /// <summary>Where uploads wait until they are imported or expire; relative to the directory the app starts in.</summary>
    public string Folder { get; set; } = "data/scan-imports";

    /// <summary>How long an unfinished import is kept.</summary>
    public double ExpiryHours { get; set; } = 24;

    /// <summary>Zip guard for .xlsx: largest total uncompressed size, in megabytes.</summary>
    public double MaxUncompressedMegabytes { get; set; } = 1024;

    /// <summary>Zip guard for .xlsx: largest compression ratio of one entry (larger than 1 MB uncompressed).</summary>
    public double MaxCompressionRatio { get; set; } = 200;

    /// <summary>
    /// How long an instance holds a running import without renewing it (seconds, default 60). It renews every third
    /// of this; another instance fails the import as interrupted only once the lease ran out.
    /// </summary>
    public double LeaseSeconds { get; set; } = 60;

    public long MaxFileBytes => (long)(MaxFileMegabytes * 1024 * 1024);

    public long InlineBytes => (long)(InlineMegabytes * 1024 * 1024);
}
