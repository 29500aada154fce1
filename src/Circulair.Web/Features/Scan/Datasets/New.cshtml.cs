using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Scan.Datasets;

/// <summary>A new dataset: what it measures, its category list and its source (name, URL, licence, retrieval date).</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : PageModel
{
    [BindProperty]
    public DatasetInput Dataset { get; set; } = new();

    public void OnGet() => ViewData["Section"] = "scan";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        Dataset.Check(ModelState, nameof(Dataset), t);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var d = Dataset;
        var dataset = new ScanDataset(current.Value.Id, d.Name!.Trim(), d.Kind!.Value, d.EffectiveScheme, d.SourceName!.Trim(), clock.GetUtcNow().UtcDateTime);
        dataset.Describe(d.Name!, d.Kind!.Value, d.EffectiveScheme, d.SourceName!, d.SourceUrl, d.Licence, d.RetrievedOn, d.Notes);
        db.ScanDatasets.Add(dataset);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Scan.Dataset.Created";
        return Redirect($"/o/{current.Value.Slug}/scan/import?dataset={dataset.Id}");
    }
}
