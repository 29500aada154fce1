using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Localization;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Circulair.Monitoring;

namespace Circulair.Web.Features.Monitoring.Indicators;

/// <summary>
/// Removes an indicator with its targets, measurements and links, after saying how many measurements go with it. The
/// audit trail keeps every removed row. A coordinator's decision, since measurements are the organisation's record.
/// </summary>
[OrganisationAccess(Read = OrganisationRole.Coordinator, Write = OrganisationRole.Coordinator)]
public sealed class DeleteModel(CirculairDbContext db, CurrentOrganisation current, Text t, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    [FromRoute]
    public int IndicatorId { get; set; }

    public string Name { get; private set; } = "";
    public int MeasurementCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var name = await Db.Indicators.InOrganisation(Org.Id).Where(i => i.Id == IndicatorId).Select(i => i.Name).FirstOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }
        Name = name;
        MeasurementCount = await Db.Measurements.InOrganisation(Org.Id).CountAsync(m => m.IndicatorId == IndicatorId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var indicator = await Db.Indicators.InOrganisation(Org.Id).Include(i => i.Targets).FirstOrDefaultAsync(i => i.Id == IndicatorId, ct);
        if (indicator is null)
        {
            return NotFound();
        }
        await new IndicatorEditor(Db, t).RemoveAsync(Org.Id, indicator, ct);
        TempData["Flash"] = "Monitoring.Indicator.Deleted";
        return Redirect(Link());
    }
}
