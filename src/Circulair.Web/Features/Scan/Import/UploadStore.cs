using System.Security.Cryptography;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// The folder where uploaded files wait, under random names, with their side files: the staged figures
/// (.figures, compact binary) and the check report (.report.json). Nothing here is ever named after user input.
/// (Staged files of 20-byte records were called .staged; since decision 0410 the records carry their row and the file
/// has a new name, so an import checked before an upgrade is never read in the new layout: it fails and is started
/// again. The old name is still deleted with the rest.)
/// </summary>
public sealed class UploadStore
{
    public UploadStore(ScanImportOptions options)
    {
        Folder = Path.GetFullPath(options.Folder, Directory.GetCurrentDirectory());
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; }

    public static string NewName() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    public string PathOf(string storedName) => Path.Combine(Folder, Check(storedName) + ".upload");

    public string StagedPath(string storedName) => Path.Combine(Folder, Check(storedName) + ".figures");

    private string LegacyStagedPath(string storedName) => Path.Combine(Folder, Check(storedName) + ".staged");

    public string ReportPath(string storedName) => Path.Combine(Folder, Check(storedName) + ".report.json");

    public void Delete(string storedName)
    {
        foreach (var p in new[] { PathOf(storedName), StagedPath(storedName), ReportPath(storedName), LegacyStagedPath(storedName) })
        {
            try
            {
                File.Delete(p);
            }
            catch (IOException)
            {
                // still open by a reader that is finishing; the expiry sweep removes it later
            }
        }
    }

    public void DeleteSideFiles(string storedName)
    {
        File.Delete(StagedPath(storedName));
        File.Delete(ReportPath(storedName));
        File.Delete(LegacyStagedPath(storedName));
    }

    private static string Check(string storedName) =>
        storedName.Length == 32 && storedName.All(char.IsAsciiHexDigitLower) ? storedName : throw new ArgumentException("Not a stored upload name.", nameof(storedName));
}
