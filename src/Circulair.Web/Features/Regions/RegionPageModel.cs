using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Web.Platform.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Circulair.Web.Features.Regions;

/// <summary>What every page below /o/{org}/region shares: the organisation, whether it can be a region, the reader's rights and the feature's addresses.</summary>
public abstract class RegionPageModel(CirculairDbContext db, CurrentOrganisation current, TimeProvider clock) : PageModel
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    protected CirculairDbContext Db => db;

    protected OrganisationContext Org => current.Value;

    protected DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Today in Flanders: the default date on which a membership ends.</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, Brussels));

    public string OrgSlug => current.Value.Slug;

    public string OrgName => current.Value.Name;

    /// <summary>An intercommunale or a province: it can have members (it may be a member of another region too).</summary>
    public bool IsRegion => current.Value.Type.CanBeParent();

    public bool CanManage => current.Value.Can(OrganisationRole.Beheerder);

    public bool CanCoordinate => current.Value.Can(OrganisationRole.Coordinator);

    /// <summary>An address in the region feature, e.g. Link("/benchmark").</summary>
    public string Link(string rest = "") => $"/o/{current.Value.Slug}/region{rest}";

    public static string LocalDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Brussels)).ToString("d", System.Globalization.CultureInfo.CurrentCulture);

    public override void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context) => ViewData["Section"] = "region";
}
