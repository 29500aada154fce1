using Circulair.Library;
using Circulair.Library.Import;
using Circulair.Persistence;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>Imports funding programmes and calls from a CSV of the funding file's columns (<see cref="FundingCatalogue.Columns"/>).</summary>
public sealed class ImportFundingModel(CirculairDbContext db, KnowledgeLibrary library, Text t, TimeProvider clock)
    : LibraryImportModel<FundingCall>(db, library, t, clock)
{
    private static readonly CheckedImportSetup FundingSetup = new(SheetImportKind.FundingCalls, "Funding", LibrarySheetImports.MaxRows, MaxUploadBytes, "Library.Import");

    protected override CheckedImportSetup Setup => FundingSetup;

    protected override LibrarySheetImport<FundingCall> Import => LibrarySheetImports.Funding;

    public override string Action => "/library/admin/funding/import";

    protected override IEnumerable<string> ExistingKeys() => Library.Funding.All.Select(c => c.Key);

    protected override async Task StoreAsync(IReadOnlyList<FundingCall> items, DateTime now, CancellationToken ct)
    {
        var keys = items.Select(i => i.Key).ToList();
        var rows = await Db.InstanceFundingCalls.Where(r => keys.Contains(r.Key)).ToDictionaryAsync(r => r.Key, StringComparer.OrdinalIgnoreCase, ct);
        foreach (var item in items)
        {
            if (rows.TryGetValue(item.Key, out var row))
            {
                row.Take(item, AdministratorName, now);
            }
            else
            {
                Db.InstanceFundingCalls.Add(new InstanceFundingCall(item, AdministratorName, now));
            }
        }
    }
}
