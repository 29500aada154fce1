using Circulair.Library;
using Circulair.Library.Import;
using Circulair.Persistence;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>Imports cases from a CSV of the case file's columns (<see cref="CaseLibrary.Columns"/>).</summary>
public sealed class ImportCasesModel(CirculairDbContext db, KnowledgeLibrary library, Text t, TimeProvider clock)
    : LibraryImportModel<LibraryCase>(db, library, t, clock)
{
    private static readonly CheckedImportSetup CaseSetup = new(SheetImportKind.LibraryCases, "Cases", LibrarySheetImports.MaxRows, MaxUploadBytes, "Library.Import");

    protected override CheckedImportSetup Setup => CaseSetup;

    protected override LibrarySheetImport<LibraryCase> Import => LibrarySheetImports.Cases;

    public override string Action => "/library/admin/cases/import";

    protected override IEnumerable<string> ExistingKeys() => Library.Cases.All.Select(c => c.Key);

    protected override async Task StoreAsync(IReadOnlyList<LibraryCase> items, DateTime now, CancellationToken ct)
    {
        var keys = items.Select(i => i.Key).ToList();
        var rows = await Db.InstanceCases.Where(r => keys.Contains(r.Key)).ToDictionaryAsync(r => r.Key, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var item in items)
        {
            // A row that replaces one of the guide's cases keeps the guide's chapter as its source.
            var c = item with { Chapter = Library.ShippedCases.Find(item.Key)?.Chapter };
            if (rows.TryGetValue(c.Key, out var row))
            {
                row.Take(c, AdministratorName, now);
            }
            else
            {
                Db.InstanceCases.Add(new InstanceCase(c, AdministratorName, now));
            }
        }
    }
}
