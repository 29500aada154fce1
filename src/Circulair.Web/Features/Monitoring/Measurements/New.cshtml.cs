using Circulair.Monitoring;
using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Monitoring.Measurements;

/// <summary>Records the value of an indicator for a year, with its source and who entered it.</summary>
[OrganisationAccess(Read = OrganisationRole.Teamlid)]
public sealed class NewModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    [FromRoute]
    public int IndicatorId { get; set; }

    [BindProperty]
    public MeasurementInput Input { get; set; } = new();

    public string Name { get; private set; } = "";
    public string Unit { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } indicator)
        {
            return NotFound();
        }
        var measured = await Db.Measurements.InOrganisation(Org.Id).Where(m => m.IndicatorId == IndicatorId).Select(m => (int?)m.Year).MaxAsync(ct);
        Input = new MeasurementInput { Year = measured is { } last && last < CurrentYear ? last + 1 : CurrentYear, Source = indicator.Source };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await FindAsync(ct) is not { } indicator)
        {
            return NotFound();
        }
        if (await MeasurementCheck.RunAsync(Db, t, Input, ModelState, Org.Id, IndicatorId, null, CurrentYear, ct) is not { } details)
        {
            return Page();
        }
        Db.Measurements.Add(new Measurement(indicator, details, User.UserId(), User.FindFirst(CirculairClaims.DisplayName)?.Value, Now));
        await Db.SaveChangesAsync(ct);
        TempData["Flash"] = "Monitoring.Measurement.Added";
        return Redirect(Link($"/indicators/{IndicatorId}"));
    }

    private async Task<Indicator?> FindAsync(CancellationToken ct)
    {
        var indicator = await Db.Indicators.InOrganisation(Org.Id).FirstOrDefaultAsync(i => i.Id == IndicatorId, ct);
        (Name, Unit) = indicator is null ? ("", "") : (indicator.Name, indicator.Unit);
        return indicator;
    }
}
