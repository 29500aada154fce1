using Circulair.Persistence;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.Monitoring;

/// <summary>The published status rule, with its thresholds as the code applies them (IndicatorStatusRule).</summary>
public sealed class RuleModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : MonitoringPageModel(db, current, clock)
{
    public void OnGet()
    {
    }
}
