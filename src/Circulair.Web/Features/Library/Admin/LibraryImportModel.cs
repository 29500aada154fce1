using Circulair.Imports;
using Circulair.Library;
using Circulair.Library.Import;
using Circulair.Persistence;
using Circulair.Web.Platform.Imports;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;

namespace Circulair.Web.Features.Library.Admin;

/// <summary>
/// The instance administrator's import of cases or funding calls through the checked-import kernel (decision 0233):
/// upload a CSV (or XLSX) of the file's columns → every row checked (<see cref="LibrarySheetImport{T}"/>) → a preview
/// that names each refused row and column → "Bevestigen" → all rows stored in one save (new keys added, existing keys
/// replaced), or nothing. The waiting sheet belongs to the administrator, not to an organisation (decision 0285).
/// </summary>
[RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
public abstract class LibraryImportModel<T>(CirculairDbContext db, KnowledgeLibrary library, Text t, TimeProvider clock) : LibraryAdminPageModel
    where T : class
{
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? DraftId { get; set; }

    [BindProperty(SupportsGet = true, Name = "added")]
    public int? Added { get; set; }

    [BindProperty(SupportsGet = true, Name = "replaced")]
    public int? Replaced { get; set; }

    public LibrarySheetPlan<T>? Plan { get; private set; }

    public string? FileName { get; private set; }

    protected CirculairDbContext Db => db;

    protected KnowledgeLibrary Library => library;

    protected abstract CheckedImportSetup Setup { get; }

    protected abstract LibrarySheetImport<T> Import { get; }

    /// <summary>This page's address.</summary>
    public abstract string Action { get; }

    protected abstract IEnumerable<string> ExistingKeys();

    /// <summary>Adds or replaces the stored rows of the checked items (tracked; the kernel saves).</summary>
    protected abstract Task StoreAsync(IReadOnlyList<T> items, DateTime now, CancellationToken ct);

    private CheckedImportFlow Flow => new(db, t, clock);

    private CheckedImportOwner Owner => new(null, null, User.UserId());

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Keep(await Flow.PreviewAsync(Setup, Owner, Upload, ModelState, Import, LoadAsync, FileProblems, ct));
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var step = await Flow.ConfirmAsync(Setup, Owner, DraftId, ModelState, Import, LoadAsync, FileProblems,
            (plan, token) => StoreAsync([.. plan.Rows.Select(r => r.Item!)], now, token), "Library.Import.Conflict", ct);
        if (!step.Written)
        {
            Keep(step);
            return Page();
        }
        library.Refresh();
        return Redirect($"{Action}?added={step.Plan!.Adds}&replaced={step.Plan.Replacements}");
    }

    private void Keep(CheckedImportStep<LibrarySheetPlan<T>> step) => (Plan, FileName, DraftId) = (step.Plan, step.FileName, step.DraftId);

    private Task<LibraryImportContext> LoadAsync(CancellationToken ct) =>
        Task.FromResult(new LibraryImportContext(ExistingKeys().ToHashSet(StringComparer.OrdinalIgnoreCase)));

    private IEnumerable<string> FileProblems(LibrarySheetPlan<T> plan) =>
        plan.MissingColumns.Select(c => t["Library.Import.MissingColumn", c].Value)
            .Concat(plan.NoRows ? [t["Library.Problem.Empty"].Value] : []);

    public CheckedImportView View(string exportUrl) => new(
        "Library.Import", Action, "/library/admin", t["Library.Admin.Back"], exportUrl, t["Library.Import.NameHeader"],
        ["Library.Import.RuleColumns", "Library.Import.RuleKeys", "Library.Import.RuleLinks", "Library.Import.RuleAllOrNothing"],
        MaxUploadBytes, LibrarySheetImports.MaxRows,
        Added is null ? null : t["Library.Import.Done", Added ?? 0, Replaced ?? 0].Value,
        Plan is null ? null : new CheckedImportPreview(FileName, DraftId, Plan.FileProblemCount > 0,
            [t["Library.Import.CountAdd", Plan.Adds], t["Library.Import.CountReplace", Plan.Replacements], t["Library.Import.CountProblems", Plan.RowsWithProblems()]],
            Plan.IgnoredHeaders, [],
            [.. Plan.Rows.Select(r => new PreviewRow(r.RowNumber, r.Name.Length > 0 ? $"{r.Name} ({r.Key})" : r.Key, [.. r.Problems.Select(p => LibraryProblemText.InRow(p, t))],
                t[r.Replaces ? "Library.Import.WillReplace" : "Library.Import.WillAdd", r.Key], []))]));
}
