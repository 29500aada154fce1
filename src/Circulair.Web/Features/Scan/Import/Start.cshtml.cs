using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.OpenXml;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Circulair.Web.Features.Scan.Import;

/// <summary>
/// Step 1 of the import wizard: choose the dataset and upload a CSV or XLSX file. The body is read by hand,
/// part by part, so the file streams to disk (never whole in memory) and a file over the limit gets a clear
/// message instead of a broken connection. For that the antiforgery token is checked by hand too: the form
/// sends it first, before the file.
/// </summary>
[IgnoreAntiforgeryToken]
[DisableFormValueBinding]
[ScanUploadLimit]
[OrganisationAccess(Read = Circulair.Organisations.OrganisationRole.Teamlid)]
public sealed class StartModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock, UploadStore store, ScanImportOptions options, IAntiforgery antiforgery) : PageModel
{
    public const string FileField = "file";
    public const string DatasetField = "dataset";

    public IReadOnlyList<ScanDataset> Datasets { get; private set; } = [];
    public int? DatasetId { get; private set; }
    public ScanImportOptions Options => options;

    public async Task<IActionResult> OnGetAsync(int? dataset, CancellationToken ct)
    {
        await PrepareAsync(ct);
        DatasetId = dataset;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var ct = HttpContext.RequestAborted;
        await PrepareAsync(ct);
        if (!MediaTypeHeaderValue.TryParse(Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return BadRequest();
        }
        // The request limit is the file limit plus the form around it (ScanUploadLimit); a file over the file limit
        // gets the message below, a request over the request limit the 413 page.
        var reader = new MultipartReader(boundary, Request.Body);
        var tokenChecked = false;
        string? fileName = null;
        string? stored = null;
        long length = 0;
        var tooLarge = false;
        MultipartSection? section;
        while ((section = await reader.ReadNextSectionAsync(ct)) is not null)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }
            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
            if (disposition.IsFileDisposition())
            {
                if (!tokenChecked || name != FileField || stored is not null)
                {
                    return BadRequest();
                }
                fileName = Path.GetFileName(HeaderUtilities.RemoveQuotes(disposition.FileName.HasValue ? disposition.FileName : disposition.FileNameStar).Value ?? "");
                if (string.IsNullOrEmpty(fileName))
                {
                    await section.Body.CopyToAsync(Stream.Null, ct);
                    continue;
                }
                stored = UploadStore.NewName();
                (length, tooLarge) = await SaveAsync(section.Body, store.PathOf(stored), options.MaxFileBytes, ct);
                if (tooLarge)
                {
                    store.Delete(stored);
                    break;
                }
                continue;
            }
            var value = await ReadValueAsync(section.Body, ct);
            if (name == "__RequestVerificationToken")
            {
                HttpContext.Features.Set<IFormFeature>(new FormFeature(new FormCollection(new Dictionary<string, StringValues> { [name] = value })));
                try
                {
                    await antiforgery.ValidateRequestAsync(HttpContext);
                }
                catch (AntiforgeryValidationException)
                {
                    return BadRequest();
                }
                tokenChecked = true;
            }
            else if (name == DatasetField && int.TryParse(value, out var id))
            {
                DatasetId = id;
            }
        }
        if (!tokenChecked)
        {
            return BadRequest();
        }
        var dataset = Datasets.FirstOrDefault(d => d.Id == DatasetId);
        if (dataset is null)
        {
            ModelState.AddModelError(DatasetField, t["Scan.Import.Error.DatasetRequired"]);
        }
        if (tooLarge)
        {
            ModelState.AddModelError(FileField, t["Scan.Import.Error.TooLarge", fileName ?? "", options.MaxFileMegabytes]);
            return Page();
        }
        if (stored is null)
        {
            ModelState.AddModelError(FileField, t["Scan.Import.Error.FileRequired"]);
            return Page();
        }
        if (!ModelState.IsValid)
        {
            store.Delete(stored);
            return Page();
        }
        var head = new byte[4];
        await using (var f = System.IO.File.OpenRead(store.PathOf(stored)))
        {
            _ = await f.ReadAsync(head, ct);
        }
        var kind = ImportProbe.KindOf(fileName!, head);
        var probe = length == 0 ? ProbeResult.Problem("Scan.Import.Error.Empty") : ImportProbe.Run(store.PathOf(stored), kind, options);
        if (probe.Format is not { } format)
        {
            store.Delete(stored);
            ModelState.AddModelError(FileField, t[probe.ProblemKey!, [fileName!, .. probe.ProblemArguments]]);
            return Page();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var import = new ScanImport(current.Value.Id, ImportAccess.UserId(User), dataset!.Id, fileName!, length, stored, kind, now, now.AddHours(options.ExpiryHours));
        var remembered = await db.ScanSourceMappings.InOrganisation(current.Value.Id)
            .SingleOrDefaultAsync(m => m.SourceKey == ScanSourceMapping.KeyOf(dataset.SourceName) && m.Scheme == dataset.Scheme, ct);
        import.ReadAs(format.EncodingName, format.Delimiter.ToString(), format.Numbers.Decimal.ToString(), format.Numbers.Thousands, format.HeaderRow, probe.Sheets.FirstOrDefault());
        if (remembered is not null && kind == ImportFileKind.Csv && remembered.Delimiter is { Length: > 0 } && remembered.Delimiter == format.Delimiter.ToString())
        {
            import.ReadAs(format.EncodingName, format.Delimiter.ToString(), remembered.DecimalSeparator ?? format.Numbers.Decimal.ToString(), remembered.ThousandsSeparator ?? format.Numbers.Thousands, format.HeaderRow, null);
        }
        var (header, below, _) = ImportAccess.Sample(store, import);
        var fromMemory = RememberedMapping.FromJson(remembered?.MappingJson)?.ApplyTo(header);
        var mapping = fromMemory ?? Suggest(header, below, dataset, import, await OwnAreaAsync(ct));
        import.Map(mapping, remembered: fromMemory is not null);
        db.ScanImports.Add(import);
        await db.SaveChangesAsync(ct);
        return Redirect($"/o/{current.Value.Slug}/scan/imports/{import.Id}/format");
    }

    private static ImportMapping Suggest(IReadOnlyList<string> header, List<SourceRow> below, ScanDataset dataset, ScanImport import, string? ownArea)
    {
        var m = FormatDetector.SuggestMapping(header, [.. below.Select(r => (IReadOnlyList<string?>)r.Cells)], dataset.Scheme, import.NumberFormat);
        return m.AreaColumn is null && ownArea is not null ? m with { FixedArea = ownArea } : m;
    }

    private async Task<string?> OwnAreaAsync(CancellationToken ct)
    {
        var scope = await HttpContext.RequestServices.GetRequiredService<ScanQueries>().ScopeAsync(current.Value.Id, ct);
        return scope.Codes.Count == 1 ? scope.Codes[0] : null;
    }

    private async Task PrepareAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        Datasets = await db.ScanDatasets.AsNoTracking().InOrganisation(current.Value.Id).OrderBy(d => d.Name).ToListAsync(ct);
    }

    private static async Task<(long Length, bool TooLarge)> SaveAsync(Stream body, string path, long max, CancellationToken ct)
    {
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            total += read;
            if (total > max)
            {
                return (total, true);
            }
            await file.WriteAsync(buffer.AsMemory(0, read), ct);
        }
        return (total, false);
    }

    private static async Task<string> ReadValueAsync(Stream body, CancellationToken ct)
    {
        using var reader = new StreamReader(body);
        var buffer = new char[4096];
        var n = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
        return new string(buffer, 0, n);
    }
}

/// <summary>
/// Keeps model binding away from the request body: otherwise the form value providers read (and buffer) the
/// whole multipart body before the handler can stream it.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class DisableFormValueBindingAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IResourceFilter
{
    public void OnResourceExecuting(Microsoft.AspNetCore.Mvc.Filters.ResourceExecutingContext context)
    {
        var factories = context.ValueProviderFactories;
        for (var i = factories.Count - 1; i >= 0; i--)
        {
            if (factories[i] is Microsoft.AspNetCore.Mvc.ModelBinding.FormValueProviderFactory
                or Microsoft.AspNetCore.Mvc.ModelBinding.FormFileValueProviderFactory
                or Microsoft.AspNetCore.Mvc.ModelBinding.JQueryFormValueProviderFactory)
            {
                factories.RemoveAt(i);
            }
        }
    }

    public void OnResourceExecuted(Microsoft.AspNetCore.Mvc.Filters.ResourceExecutedContext context) { }
}

/// <summary>The scan upload's explicit request limit: Scan:Import:MaxFileMegabytes plus room for the form around the file.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class ScanUploadLimitAttribute : Attribute, Circulair.Web.Platform.Forms.IConfiguredRequestSizeLimit
{
    public long MaxRequestBodySize(IServiceProvider services) => services.GetRequiredService<ScanImportOptions>().MaxFileBytes + 64 * 1024;
}
