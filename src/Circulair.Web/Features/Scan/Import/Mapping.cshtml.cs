using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Circulair.Persistence;
using Circulair.Reference;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Step 3: the layout (long, a column per year, a column per category) and which column holds the area, year,
/// category, value and unit, or one value for the whole file. A preview shows the first figures as they will be
/// read. Submitting remembers the mapping for the dataset's source and starts the check of every row.
/// </summary>
public sealed class MappingModel(CirculairDbContext db, CurrentOrganisation current, Text t, UploadStore store, ScanImportOptions options, ImportQueue queue, ImportRunner runner, ImportLeases leases) : PageModel
{
    [BindProperty]
    public MappingInput Input { get; set; } = new();

    public ScanImport Import { get; private set; } = null!;
    public ScanDataset Dataset { get; private set; } = null!;
    public IReadOnlyList<string> Header { get; private set; } = [];
    public IReadOnlyList<(string Area, int Year, string Category, double Value, string Unit)> Preview { get; private set; } = [];
    public IReadOnlyList<ImportProblem> PreviewProblems { get; private set; } = [];

    public sealed class MappingInput
    {
        [Display(Name = "Scan.Mapping.Layout")]
        public ImportLayout? Layout { get; set; }

        [Display(Name = "Scan.Mapping.Area")]
        public int? AreaColumn { get; set; }

        [Display(Name = "Scan.Mapping.FixedArea")]
        public string? FixedArea { get; set; }

        [Display(Name = "Scan.Mapping.Year")]
        public int? YearColumn { get; set; }

        [Display(Name = "Scan.Mapping.FixedYear")]
        public int? FixedYear { get; set; }

        [Display(Name = "Scan.Mapping.Category")]
        public int? CategoryColumn { get; set; }

        [Display(Name = "Scan.Mapping.CategoryLabel")]
        public int? CategoryLabelColumn { get; set; }

        [Display(Name = "Scan.Mapping.FixedCategory")]
        public string? FixedCategory { get; set; }

        [Display(Name = "Scan.Mapping.Value")]
        public int? ValueColumn { get; set; }

        [Display(Name = "Scan.Mapping.Unit")]
        public int? UnitColumn { get; set; }

        [Display(Name = "Scan.Mapping.FixedUnit")]
        [StringLength(ScanObservation.UnitMaxLength, ErrorMessage = "Shared.Validation.TooLong")]
        public string? FixedUnit { get; set; }

        public List<int> ValueColumns { get; set; } = [];

        public static MappingInput From(ImportMapping m) => new()
        {
            Layout = m.Layout,
            AreaColumn = m.AreaColumn,
            FixedArea = m.FixedArea,
            YearColumn = m.YearColumn,
            FixedYear = m.FixedYear,
            CategoryColumn = m.CategoryColumn,
            CategoryLabelColumn = m.CategoryLabelColumn,
            FixedCategory = m.FixedCategory,
            ValueColumn = m.ValueColumn,
            UnitColumn = m.UnitColumn,
            FixedUnit = m.FixedUnit,
            ValueColumns = [.. m.ValueColumns],
        };

        public ImportMapping ToMapping() => new()
        {
            Layout = Layout ?? ImportLayout.Long,
            AreaColumn = AreaColumn,
            FixedArea = AreaColumn is null ? Blank(FixedArea) : null,
            YearColumn = Layout == ImportLayout.WideYears ? null : YearColumn,
            FixedYear = Layout == ImportLayout.WideYears || YearColumn is not null ? null : FixedYear,
            CategoryColumn = Layout == ImportLayout.WideCategories ? null : CategoryColumn,
            CategoryLabelColumn = Layout == ImportLayout.WideCategories ? null : CategoryLabelColumn,
            FixedCategory = Layout == ImportLayout.WideCategories || CategoryColumn is not null || CategoryLabelColumn is not null ? null : Blank(FixedCategory),
            ValueColumn = Layout == ImportLayout.Long ? ValueColumn : null,
            UnitColumn = UnitColumn,
            FixedUnit = UnitColumn is null ? Blank(FixedUnit) : null,
            ValueColumns = Layout == ImportLayout.Long ? [] : [.. ValueColumns.Distinct().Order()],
        };

        private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    public async Task<IActionResult> OnGetAsync(int scanImportId, CancellationToken ct)
    {
        if (await LoadAsync(scanImportId, ct) is { } problem)
        {
            return problem;
        }
        Input = MappingInput.From(Import.Mapping);
        await PrepareAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scanImportId, CancellationToken ct)
    {
        if (await LoadAsync(scanImportId, ct) is { } problem)
        {
            return problem;
        }
        Header = ImportAccess.Sample(store, Import, 1).Header;
        Check();
        if (!ModelState.IsValid)
        {
            await PrepareAsync(ct);
            return Page();
        }
        var mapping = Input.ToMapping();
        Import.Map(mapping, remembered: false);
        var memory = await db.ScanSourceMappings.InOrganisation(current.Value.Id)
            .SingleOrDefaultAsync(m => m.SourceKey == ScanSourceMapping.KeyOf(Dataset.SourceName) && m.Scheme == Dataset.Scheme, ct);
        if (memory is null)
        {
            memory = new ScanSourceMapping(current.Value.Id, Dataset.SourceName, Dataset.Scheme);
            db.ScanSourceMappings.Add(memory);
        }
        memory.Remember(RememberedMapping.From(mapping, Header), Import.EncodingName, Import.Delimiter, Import.DecimalSeparator, Import.ThousandsSeparator);
        Import.StartValidation();
        leases.Hold(Import);
        await db.SaveChangesAsync(ct);
        await ImportStarter.ValidateAsync(Import, options, queue, runner, ct);
        return Redirect($"/o/{current.Value.Slug}/scan/imports/{Import.Id}");
    }

    private void Check()
    {
        var i = Input;
        var columns = Header.Count;
        bool Valid(int? c) => c is null || c >= 1 && c <= columns;
        foreach (var (name, value) in new[] { ("AreaColumn", i.AreaColumn), ("YearColumn", i.YearColumn), ("CategoryColumn", i.CategoryColumn), ("CategoryLabelColumn", i.CategoryLabelColumn), ("ValueColumn", i.ValueColumn), ("UnitColumn", i.UnitColumn) })
        {
            if (!Valid(value))
            {
                ModelState.AddModelError($"Input.{name}", t["Scan.Validation.Choose"]);
            }
        }
        if (i.Layout is null)
        {
            ModelState.AddModelError("Input.Layout", t["Scan.Validation.LayoutRequired"]);
            return;
        }
        if (i.AreaColumn is null)
        {
            if (string.IsNullOrWhiteSpace(i.FixedArea))
            {
                ModelState.AddModelError("Input.AreaColumn", t["Scan.Validation.AreaRequired"]);
            }
            else if (AreaRegistry.Instance.Resolve(i.FixedArea) is null)
            {
                ModelState.AddModelError("Input.FixedArea", t["Scan.Validation.AreaUnknown", i.FixedArea]);
            }
        }
        if (i.Layout != ImportLayout.WideYears && i.YearColumn is null)
        {
            if (i.FixedYear is null)
            {
                ModelState.AddModelError("Input.YearColumn", t["Scan.Validation.YearRequired"]);
            }
            else if (i.FixedYear is < ImportChecker.FirstYear or > ImportChecker.LastYear)
            {
                ModelState.AddModelError("Input.FixedYear", t["Scan.Validation.YearRange", ImportChecker.FirstYear, ImportChecker.LastYear]);
            }
        }
        if (i.Layout != ImportLayout.WideCategories && i.CategoryColumn is null && i.CategoryLabelColumn is null)
        {
            var catalog = CategoryCatalog.For(Dataset.Scheme);
            if (string.IsNullOrWhiteSpace(i.FixedCategory))
            {
                ModelState.AddModelError("Input.CategoryColumn", t["Scan.Validation.CategoryRequired"]);
            }
            else if (!catalog.IsOpen && catalog.Match(i.FixedCategory) is null)
            {
                ModelState.AddModelError("Input.FixedCategory", t["Scan.Validation.CategoryUnknown", i.FixedCategory]);
            }
        }
        if (i.Layout == ImportLayout.Long && i.ValueColumn is null)
        {
            ModelState.AddModelError("Input.ValueColumn", t["Scan.Validation.ValueRequired"]);
        }
        if (i.Layout != ImportLayout.Long && (i.ValueColumns.Count == 0 || i.ValueColumns.Any(c => c < 1 || c > columns)))
        {
            ModelState.AddModelError("Input.ValueColumns", t["Scan.Validation.ValueColumnsRequired"]);
        }
        if (i.UnitColumn is null && string.IsNullOrWhiteSpace(i.FixedUnit) && Dataset.Kind.DefaultUnit().Length == 0)
        {
            ModelState.AddModelError("Input.FixedUnit", t["Scan.Validation.UnitRequired"]);
        }
        var mapping = i.ToMapping();
        var used = mapping.RoleColumns().Concat(mapping.ValueColumns).ToList();
        if (used.Count != used.Distinct().Count())
        {
            ModelState.AddModelError("Input.Layout", t["Scan.Validation.ColumnTwice"]);
        }
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var import = await ImportAccess.LoadAsync(db, current.Value.Id, id, User, ct);
        if (import is null)
        {
            return NotFound();
        }
        Import = import;
        Dataset = await db.ScanDatasets.AsNoTracking().InOrganisation(current.Value.Id).SingleAsync(d => d.Id == import.ScanDatasetId, ct);
        if (!import.IsPending || import.Status == ScanImportStatus.Validating)
        {
            return Redirect($"/o/{current.Value.Slug}/scan/imports/{import.Id}");
        }
        return null;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        var (header, below, _) = ImportAccess.Sample(store, Import, 12);
        Header = header;
        var own = await db.ScanCategoryMappings.InOrganisation(current.Value.Id).Where(m => m.Scheme == Dataset.Scheme).ToDictionaryAsync(m => m.SourceCode, m => m.TargetCode, ct);
        var checker = new ImportChecker(Input.ToMapping(), header, Import.HeaderRow, Dataset.Kind, new CategoryResolver(CategoryCatalog.For(Dataset.Scheme), own), Import.NumberFormat, Dataset.Kind.DefaultUnit());
        var preview = new List<(string, int, string, double, string)>();
        checker.OnObservation = o =>
        {
            if (preview.Count < 12)
            {
                preview.Add((AreaRegistry.Instance.ByIndex(o.AreaIndex) is var a && a.Kind == AreaKind.OwnArea ? current.Value.Name : $"{a.Name} ({a.Code})",
                    o.Year, ScanQueries.LabelOf(Dataset.Scheme, checker.CategoryCode(o.CategoryIndex), checker.Categories.Where(c => c.Label is not null).ToDictionary(c => c.Code, c => c.Label)), o.Value, checker.Units[o.UnitIndex]));
            }
        };
        foreach (var r in below)
        {
            checker.CheckRow(r.Number, r.Cells);
        }
        Preview = preview;
        PreviewProblems = [.. checker.Problems.Take(10)];
    }

    public IEnumerable<SelectListItem> ColumnItems(string emptyKey) =>
        [new SelectListItem(t[emptyKey], ""), .. Header.Select((h, i) => new SelectListItem(ImportAccess.ColumnLabel(Header, i + 1), (i + 1).ToString(CultureInfo.InvariantCulture)))];

    public IEnumerable<SelectListItem> LayoutItems =>
        Enum.GetValues<ImportLayout>().Select(l => new SelectListItem(t[$"Scan.Layout.{l}"], l.ToString()));
}

/// <summary>Starts the check of every row: during the request for small files, in the background for large ones.</summary>
public static class ImportStarter
{
    public static async Task ValidateAsync(ScanImport import, ScanImportOptions options, ImportQueue queue, ImportRunner runner, CancellationToken ct)
    {
        if (import.FileSize <= options.InlineBytes)
        {
            await runner.ValidateAsync(import.Id, ct);
        }
        else
        {
            queue.Enqueue(new ImportJob(import.Id, Commit: false));
        }
    }

    public static async Task CommitAsync(ScanImport import, ScanImportOptions options, ImportQueue queue, ImportRunner runner, CancellationToken ct)
    {
        if (import.FileSize <= options.InlineBytes)
        {
            await runner.CommitAsync(import.Id, ct);
        }
        else
        {
            queue.Enqueue(new ImportJob(import.Id, Commit: true));
        }
    }
}
