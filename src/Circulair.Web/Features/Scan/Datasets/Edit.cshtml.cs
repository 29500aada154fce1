using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Scan;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Scan.Datasets;

/// <summary>Changes a dataset's description and source, or deletes it with its figures.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t) : PageModel
{
    [BindProperty]
    public DatasetInput Dataset { get; set; } = new();

    public ScanDataset Saved { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int scanDatasetId, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var dataset = await LoadAsync(scanDatasetId, ct);
        if (dataset is null)
        {
            return NotFound();
        }
        Saved = dataset;
        Dataset = DatasetInput.From(dataset);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int scanDatasetId, CancellationToken ct)
    {
        ViewData["Section"] = "scan";
        var dataset = await LoadAsync(scanDatasetId, ct);
        if (dataset is null)
        {
            return NotFound();
        }
        Saved = dataset;
        Dataset.Check(ModelState, nameof(Dataset), t);
        if (dataset.ObservationCount > 0 && Dataset.EffectiveScheme != dataset.Scheme)
        {
            ModelState.AddModelError("Dataset.Scheme", t["Errors.ScanSchemeLocked"]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var d = Dataset;
        dataset.Describe(d.Name!, d.Kind!.Value, d.EffectiveScheme, d.SourceName!, d.SourceUrl, d.Licence, d.RetrievedOn, d.Notes);
        await db.SaveChangesAsync(ct);
        TempData["Flash"] = "Shared.Saved";
        return Redirect($"/o/{current.Value.Slug}/scan/datasets/{dataset.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int scanDatasetId, CancellationToken ct)
    {
        var dataset = await LoadAsync(scanDatasetId, ct);
        if (dataset is null)
        {
            return NotFound();
        }
        // The figures go in one statement (they never pass the change tracker; no foreign key removes them, decision
        // 0164), in the same transaction as the dataset, whose deletion is audited: both go, or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.ScanObservations.Where(o => o.ScanDatasetId == dataset.Id && o.OrganisationId == current.Value.Id).ExecuteDeleteAsync(ct);
        await OrganisationDataVersion.RaiseAsync(db, current.Value.Id, ct);
        db.ScanDatasets.Remove(dataset);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        TempData["Flash"] = "Scan.Dataset.Deleted";
        return Redirect($"/o/{current.Value.Slug}/scan");
    }

    private Task<ScanDataset?> LoadAsync(int id, CancellationToken ct) =>
        db.ScanDatasets.InOrganisation(current.Value.Id).SingleOrDefaultAsync(d => d.Id == id, ct);
}
