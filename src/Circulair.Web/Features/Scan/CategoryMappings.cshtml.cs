using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan;

/// <summary>
/// The translations the organisation taught the import ("this text in our files means that reference category",
/// <see cref="ScanCategoryMapping"/>): learnt in the wizard's category step, they apply to every later import. Here
/// they are listed, pointed at another category or removed. Figures already imported keep the category they got.
/// </summary>
public sealed class CategoryMappingsModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    public IReadOnlyList<ScanCategoryMapping> Mappings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await PrepareAsync(ct);

    public async Task<IActionResult> OnPostChangeAsync(int scanCategoryMappingId, string? target, CancellationToken ct)
    {
        var row = await db.ScanCategoryMappings.InOrganisation(current.Value.Id).SingleOrDefaultAsync(m => m.Id == scanCategoryMappingId, ct);
        if (row is null)
        {
            return NotFound();
        }
        if (CategoryCatalog.For(row.Scheme).Find(target) is not { } category)
        {
            ModelState.AddModelError($"Target-{row.Id}", t["Scan.Validation.Choose"]);
            await PrepareAsync(ct);
            return Page();
        }
        row.Retarget(category.Code);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/category-mappings");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int scanCategoryMappingId, CancellationToken ct)
    {
        var row = await db.ScanCategoryMappings.InOrganisation(current.Value.Id).SingleOrDefaultAsync(m => m.Id == scanCategoryMappingId, ct);
        if (row is null)
        {
            return NotFound();
        }
        db.ScanCategoryMappings.Remove(row);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Scan.CategoryMappings.Removed";
        return Redirect($"/o/{current.Value.Slug}/scan/category-mappings");
    }

    public IEnumerable<SelectListItem> TargetItems(ScanCategoryMapping mapping) =>
        CategoryCatalog.For(mapping.Scheme).All.Select(c => new SelectListItem(ScanQueries.LabelOf(mapping.Scheme, c.Code), c.Code, c.Code == mapping.TargetCode));

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var all = await db.ScanCategoryMappings.AsNoTracking().InOrganisation(current.Value.Id).ToListAsync(ct);
        Mappings = [.. all.OrderBy(m => m.Scheme).ThenBy(m => m.SourceCode, StringComparer.Ordinal)];
    }
}
