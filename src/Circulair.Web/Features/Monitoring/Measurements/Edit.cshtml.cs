using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring.Measurements;

/// <summary>Corrects or removes one measurement. A value filled from the scan that is corrected by hand stops following the dataset.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class EditModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    [FromRoute]
    public int IndicatorId { get; set; }

    [FromRoute]
    public int MeasurementId { get; set; }

    [BindProperty]
    public MeasurementInput Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } measurement)
        {
            return NotFound();
        }
        Input = MeasurementInput.From(measurement.Details);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } measurement)
        {
            return NotFound();
        }
        if (await MeasurementCheck.RunAsync(Db, t, Input, ModelState, Org.Id, IndicatorId, MeasurementId, CurrentYear, ct) is not { } details)
        {
            return Page();
        }
        measurement.Describe(details);
        measurement.FedFrom(null);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Monitoring.Measurement.Saved";
        return Redirect(Link($"/indicators/{IndicatorId}"));
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } measurement)
        {
            return NotFound();
        }
        Db.Measurements.Remove(measurement);
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Monitoring.Measurement.Deleted";
        return Redirect(Link($"/indicators/{IndicatorId}"));
    }

    private async Task<Measurement?> FindAsync(CancellationToken ct)
    {
        var measurement = await Db.Measurements.InOrganisation(Org.Id).Include(m => m.Indicator)
            .FirstOrDefaultAsync(m => m.Id == MeasurementId && m.IndicatorId == IndicatorId, ct);
        (Name, Unit) = measurement is null ? ("", "") : (measurement.Indicator.Name, measurement.Indicator.Unit);
        return measurement;
    }
}
