using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Monitoring;

/// <summary>What every page below /o/{org}/monitoring shares: the organisation, the reader's rights and the feature's addresses.</summary>
public abstract class MonitoringPageModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    protected CirculairDbContext Db => db;

    protected OrganisationContext Org => current.Value;

    protected TimeProvider Clock => clock;

    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    public int CurrentYear => clock.GetUtcNow().UtcDateTime.Year;

    public string OrgSlug => current.Value.Slug;

    public bool CanEdit => current.Value.Can(OrganisationRole.Teamlid);

    public bool CanCoordinate => current.Value.Can(OrganisationRole.Coordinator);

    /// <summary>An address in the monitoring feature, e.g. Link("/indicators/3").</summary>
    public string Link(string rest = "") => $"/o/{current.Value.Slug}/monitoring{rest}";

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context) => ViewData["Section"] = "monitoring";
}
