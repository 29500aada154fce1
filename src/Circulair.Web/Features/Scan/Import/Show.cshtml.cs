using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Steps 4 and 5: the check's report (every problem with row and column, unknown categories to map) or, when
/// every row passes, a summary of what will be stored and which years it replaces, with the button that stores
/// it; then the report of what changed. While a large file is checked or written, the page shows its progress
/// and asks the browser to refresh (a Refresh header, and a plain link).
/// </summary>
public sealed class ShowModel(CirculairDbContext db, CurrentOrganisation current, UploadStore store, ScanImportOptions options, ImportQueue queue, ImportRunner runner, ImportLeases leases, TimeProvider clock) : PageModel
{
    public ScanImport Import { get; private set; } = null!;
    public ScanDataset Dataset { get; private set; } = null!;
    public ImportReport? Report { get; private set; }
    public IReadOnlyList<ScanDatasetYear> ReplacedYears { get; private set; } = [];
    public ImportChangeReport? Changes { get; private set; }
    public bool IsOwner { get; private set; }

    public async Task<IActionResult> OnGetAsync(int scanImportId, CancellationToken ct)
    {
        if (!await LoadAsync(scanImportId, ct))
        {
            return NotFound();
        }
        if (Import.IsRunning)
        {
            Response.Headers["Refresh"] = "2";
        }
        return Page();
    }

    /// <summary>"keep" (the default) or "clear": what an empty value cell does to the figure stored for its key.</summary>
    [BindProperty]
    public string? EmptyCells { get; set; }

    public async Task<IActionResult> OnPostConfirmAsync(int scanImportId, CancellationToken ct)
    {
        if (!await LoadAsync(scanImportId, ct) || !IsOwner)
        {
            return NotFound();
        }
        Import.Confirm(clock.GetUtcNow().UtcDateTime, emptyCellsClear: EmptyCells == "clear");
        leases.Hold(Import);
        await db.SaveChangesAsync(ct);
        await ImportStarter.CommitAsync(Import, options, queue, runner, ct);
        return Redirect($"/o/{current.Value.Slug}/scan/imports/{Import.Id}");
    }

    public async Task<IActionResult> OnPostRecheckAsync(int scanImportId, CancellationToken ct)
    {
        if (!await LoadAsync(scanImportId, ct) || !IsOwner)
        {
            return NotFound();
        }
        Import.StartValidation();
        leases.Hold(Import);
        await db.SaveChangesAsync(ct);
        await ImportStarter.ValidateAsync(Import, options, queue, runner, ct);
        return Redirect($"/o/{current.Value.Slug}/scan/imports/{Import.Id}");
    }

    public async Task<IActionResult> OnPostCancelAsync(int scanImportId, CancellationToken ct)
    {
        if (!await LoadAsync(scanImportId, ct) || !IsOwner)
        {
            return NotFound();
        }
        Import.Cancel();
        await db.SaveChangesAsync(ct);
        store.Delete(Import.StoredName);
        TempData["Flash"] = "Scan.Import.Cancelled";
        return Redirect($"/o/{current.Value.Slug}/scan/datasets/{Import.ScanDatasetId}");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var import = await ImportAccess.LoadAsync(db, current.Value.Id, id, User, ct);
        if (import is null)
        {
            return false;
        }
        Import = import;
        IsOwner = import.UserId == ImportAccess.UserId(User);
        Dataset = await db.ScanDatasets.AsNoTracking().InOrganisation(current.Value.Id).SingleAsync(d => d.Id == import.ScanDatasetId, ct);
        if (import.Status is ScanImportStatus.Invalid or ScanImportStatus.Ready)
        {
            Report = ImportReport.Load(store.ReportPath(import.StoredName));
            var years = import.Years.ToList();
            ReplacedYears = await db.ScanDatasetYears.AsNoTracking().InOrganisation(current.Value.Id)
                .Where(y => y.ScanDatasetId == import.ScanDatasetId && years.Contains(y.Year)).OrderBy(y => y.Year).ToListAsync(ct);
        }
        if (import.Status == ScanImportStatus.Imported)
        {
            Changes = ImportChangeReport.FromJson(import.ChangeJson);
        }
        return true;
    }
}
