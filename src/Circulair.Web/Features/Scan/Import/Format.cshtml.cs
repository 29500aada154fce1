using System.ComponentModel.DataAnnotations;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>Step 2: how the file is read (encoding, delimiter, decimal and thousands separators, header row, sheet), with a preview.</summary>
public sealed class FormatModel(CirculairDbContext db, CurrentOrganisation current, Text t, UploadStore store) : PageModel
{
    [BindProperty]
    public FormatInput Input { get; set; } = new();

    public ScanImport Import { get; private set; } = null!;
    public IReadOnlyList<SourceRow> Preview { get; private set; } = [];
    public IReadOnlyList<string> Sheets { get; private set; } = [];

    public sealed class FormatInput
    {
        [Display(Name = "Scan.Format.Encoding")]
        public string? Encoding { get; set; }

        [Display(Name = "Scan.Format.Delimiter")]
        public string? Delimiter { get; set; }

        [Display(Name = "Scan.Format.Decimal")]
        public string? Decimal { get; set; }

        [Display(Name = "Scan.Format.Thousands")]
        public string? Thousands { get; set; }

        [Display(Name = "Scan.Format.HeaderRow")]
        [Required(ErrorMessage = "Scan.Validation.HeaderRowRequired")]
        [Range(1, 1000, ErrorMessage = "Scan.Validation.HeaderRowRange")]
        public int? HeaderRow { get; set; }

        [Display(Name = "Scan.Format.Sheet")]
        public string? Sheet { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int scanImportId, CancellationToken ct)
    {
        if (await LoadAsync(scanImportId, ct) is { } problem)
        {
            return problem;
        }
        Input = new FormatInput
        {
            Encoding = Import.EncodingName,
            Delimiter = Import.Delimiter == "\t" ? "tab" : Import.Delimiter,
            Decimal = Import.DecimalSeparator,
            Thousands = ThousandsKey(Import.ThousandsSeparator),
            HeaderRow = Import.HeaderRow,
            Sheet = Import.SheetName,
        };
        Prepare();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scanImportId, CancellationToken ct)
    {
        if (await LoadAsync(scanImportId, ct) is { } problem)
        {
            return problem;
        }
        var encoding = FormatDetector.Encodings.Contains(Input.Encoding) ? Input.Encoding! : null;
        var delimiter = Input.Delimiter switch { ";" => ";", "," => ",", "tab" => "\t", _ => null };
        var dec = Input.Decimal is "," or "." ? Input.Decimal : null;
        var thousands = ThousandsValue(Input.Thousands);
        if (Import.FileKind == ImportFileKind.Csv)
        {
            if (encoding is null)
            {
                ModelState.AddModelError("Input.Encoding", t["Scan.Validation.Choose"]);
            }
            if (delimiter is null)
            {
                ModelState.AddModelError("Input.Delimiter", t["Scan.Validation.Choose"]);
            }
        }
        if (dec is null)
        {
            ModelState.AddModelError("Input.Decimal", t["Scan.Validation.Choose"]);
        }
        if (thousands is null || thousands == dec)
        {
            ModelState.AddModelError("Input.Thousands", t["Scan.Validation.ThousandsClash"]);
        }
        if (Import.FileKind == ImportFileKind.Xlsx && Input.Sheet is not null && !XlsxTableReader.SheetNames(store.PathOf(Import.StoredName)).Contains(Input.Sheet))
        {
            ModelState.AddModelError("Input.Sheet", t["Scan.Validation.Choose"]);
        }
        if (!ModelState.IsValid)
        {
            Prepare();
            return Page();
        }
        var headerChanged = Input.HeaderRow != Import.HeaderRow || Input.Sheet != Import.SheetName || delimiter != Import.Delimiter;
        Import.ReadAs(encoding ?? Import.EncodingName, delimiter ?? Import.Delimiter, dec!, thousands!, Input.HeaderRow!.Value, Import.FileKind == ImportFileKind.Xlsx ? Input.Sheet : null);
        if (headerChanged && !Import.MappingRemembered)
        {
            var dataset = await db.ScanDatasets.AsNoTracking().InOrganisation(current.Value.Id).SingleAsync(d => d.Id == Import.ScanDatasetId, ct);
            var (header, below, _) = ImportAccess.Sample(store, Import);
            var suggestion = FormatDetector.SuggestMapping(header, [.. below.Select(r => (IReadOnlyList<string?>)r.Cells)], dataset.Scheme, Import.NumberFormat);
            Import.Map(suggestion with { FixedArea = suggestion.AreaColumn is null ? Import.Mapping.FixedArea : null }, remembered: false);
        }
        await db.SaveChangesAsync(ct);
        return Redirect($"/o/{current.Value.Slug}/scan/imports/{Import.Id}/mapping");
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
        if (!import.IsPending || import.Status == ScanImportStatus.Validating)
        {
            return Redirect($"/o/{current.Value.Slug}/scan/imports/{import.Id}");
        }
        return null;
    }

    private void Prepare()
    {
        var settings = ReadSettings.Of(Import);
        if (Import.FileKind == ImportFileKind.Xlsx)
        {
            Sheets = XlsxTableReader.SheetNames(store.PathOf(Import.StoredName));
        }
        Preview = ImportProbe.ReadSample(store.PathOf(Import.StoredName), settings, 15);
    }

    public IEnumerable<SelectListItem> EncodingItems => FormatDetector.Encodings.Select(e => new SelectListItem(t[$"Scan.Format.Encoding.{e}"], e));

    public IEnumerable<SelectListItem> DelimiterItems => [new(t["Scan.Format.Semicolon"], ";"), new(t["Scan.Format.Comma"], ","), new(t["Scan.Format.Tab"], "tab")];

    public IEnumerable<SelectListItem> DecimalItems => [new(t["Scan.Format.DecimalComma"], ","), new(t["Scan.Format.DecimalPoint"], ".")];

    public IEnumerable<SelectListItem> ThousandsItems =>
        [new(t["Scan.Format.ThousandsNone"], "none"), new(t["Scan.Format.ThousandsPoint"], "point"), new(t["Scan.Format.ThousandsComma"], "comma"), new(t["Scan.Format.ThousandsSpace"], "space"), new(t["Scan.Format.ThousandsApostrophe"], "apostrophe")];

    private static string ThousandsKey(string s) => s switch { "." => "point", "," => "comma", " " or "\u00A0" or "\u202F" => "space", "'" => "apostrophe", _ => "none" };

    private static string? ThousandsValue(string? key) => key switch { "none" => "", "point" => ".", "comma" => ",", "space" => " ", "apostrophe" => "'", _ => null };
}
