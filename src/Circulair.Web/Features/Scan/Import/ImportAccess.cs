using System.Globalization;
using System.Security.Claims;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Loads an import for the current request: always within the organisation; a pending import only for the
/// person who uploaded it (others get 404), a finished one for every member.
/// </summary>
public static class ImportAccess
{
    public static int UserId(ClaimsPrincipal user) => int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);

    public static async Task<ScanImport?> LoadAsync(CirculairDbContext db, int organisationId, int importId, ClaimsPrincipal user, CancellationToken ct)
    {
        var import = await db.ScanImports.InOrganisation(organisationId).SingleOrDefaultAsync(i => i.Id == importId, ct);
        if (import is null)
        {
            return null;
        }
        var finished = import.Status is ScanImportStatus.Imported or ScanImportStatus.Failed;
        return finished || import.UserId == UserId(user) ? import : null;
    }

    /// <summary>The header cells and the first rows below them, read with the import's current settings.</summary>
    public static (IReadOnlyList<string> Header, List<SourceRow> Below, List<SourceRow> Top) Sample(UploadStore store, ScanImport import, int rows = 40)
    {
        var all = ImportProbe.ReadSample(store.PathOf(import.StoredName), ReadSettings.Of(import), import.HeaderRow + rows);
        var header = all.FirstOrDefault(r => r.Number == import.HeaderRow)?.Cells.Select(c => c?.Trim() ?? "").ToList() ?? [];
        return (header, [.. all.Where(r => r.Number > import.HeaderRow)], [.. all.Take(15)]);
    }

    public static string ColumnLabel(IReadOnlyList<string> header, int column) =>
        column <= header.Count && header[column - 1].Length > 0 ? $"{Columns.Name(column)}: {header[column - 1]}" : Columns.Name(column);
}
