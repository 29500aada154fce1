using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Unknown category codes: the person says which reference category each one means. The translations are kept
/// for the organisation (every later file uses them) and the import is checked again.
/// </summary>
public sealed class CategoriesModel(CirculairDbContext db, CurrentOrganisation current, Text t, UploadStore store, ScanImportOptions options, ImportQueue queue, ImportRunner runner, ImportLeases leases) : PageModel
{
    public ScanImport Import { get; private set; } = null!;
    public ScanDataset Dataset { get; private set; } = null!;
    public IReadOnlyList<UnknownCategoryText> Unknown { get; private set; } = [];

    /// <summary>Target category per unknown text, by position in <see cref="Unknown"/>.</summary>
    [BindProperty]
    public List<string?> Targets { get; set; } = [];

    public async Task<IActionResult> OnGetAsync(int scanImportId, CancellationToken ct)
    {
        if (!await LoadAsync(scanImportId, ct))
        {
            return NotFound();
        }
        Targets = [.. Unknown.Select(_ => (string?)null)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scanImportId, CancellationToken ct)
    {
        if (!await LoadAsync(scanImportId, ct))
        {
            return NotFound();
        }
        var catalog = CategoryCatalog.For(Dataset.Scheme);
        var chosen = Unknown.Select((u, i) => (u, target: i < Targets.Count ? Targets[i] : null)).Where(x => !string.IsNullOrEmpty(x.target)).ToList();
        for (var i = 0; i < Targets.Count && i < Unknown.Count; i++)
        {
            if (!string.IsNullOrEmpty(Targets[i]) && catalog.Find(Targets[i]) is null)
            {
                ModelState.AddModelError($"Targets[{i}]", t["Scan.Validation.Choose"]);
            }
        }
        if (chosen.Count == 0)
        {
            ModelState.AddModelError("Targets[0]", t["Scan.Validation.MapAtLeastOne"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var existing = await db.ScanCategoryMappings.InOrganisation(current.Value.Id).Where(m => m.Scheme == Dataset.Scheme).ToListAsync(ct);
        foreach (var (u, target) in chosen)
        {
            var key = ScanCategoryMapping.KeyOf(u.Text);
            var row = existing.FirstOrDefault(m => m.SourceCode == key);
            if (row is null)
            {
                db.ScanCategoryMappings.Add(new ScanCategoryMapping(current.Value.Id, Dataset.Scheme, u.Text, target!));
            }
            else
            {
                row.Retarget(target!);
            }
        }
        Import.StartValidation();
        leases.Hold(Import);
        await db.SaveChangesAsync(ct);
        await ImportStarter.ValidateAsync(Import, options, queue, runner, ct);
        return Redirect($"/o/{current.Value.Slug}/scan/imports/{Import.Id}");
    }

    public IEnumerable<SelectListItem> TargetItems(int index)
    {
        var selected = index < Targets.Count ? Targets[index] : null;
        return [new SelectListItem(t["Scan.Categories.Leave"], ""), .. CategoryCatalog.For(Dataset.Scheme).All.Select(c =>
            new SelectListItem(ScanQueries.LabelOf(Dataset.Scheme, c.Code), c.Code, c.Code == selected))];
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var import = await ImportAccess.LoadAsync(db, current.Value.Id, id, User, ct);
        if (import is null || import.Status != ScanImportStatus.Invalid || import.UserId != ImportAccess.UserId(User))
        {
            return false;
        }
        Import = import;
        Dataset = await db.ScanDatasets.AsNoTracking().InOrganisation(current.Value.Id).SingleAsync(d => d.Id == import.ScanDatasetId, ct);
        Unknown = ImportReport.Load(store.ReportPath(import.StoredName))?.UnknownCategories ?? [];
        return Unknown.Count > 0 && !CategoryCatalog.For(Dataset.Scheme).IsOpen;
    }
}
