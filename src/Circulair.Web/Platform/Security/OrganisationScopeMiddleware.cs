using Microsoft.AspNetCore.Authentication;
using System.Security.Claims;
using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Guards every endpoint whose route has an {org} value. It runs after routing and authentication and before
/// antiforgery, model binding and the page: a person who is not a member gets 404 (the organisation is
/// invisible, not merely hidden), a member without the role the page asks for gets 403. Queries in the page
/// still scope by organisation id, so the isolation holds twice.
/// </summary>
public sealed class OrganisationScopeMiddleware(RequestDelegate next)
{
    public const string RouteKey = "org";

    public async Task InvokeAsync(HttpContext http, CurrentOrganisation current, CirculairDbContext db)
    {
        if (http.GetRouteValue(RouteKey) is not string slug)
        {
            await next(http);
            return;
        }
        if (http.User.Identity?.IsAuthenticated != true)
        {
            await http.ChallengeAsync();
            return;
        }
        var userId = int.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, System.Globalization.CultureInfo.InvariantCulture);
        var found = await db.Memberships
            .Where(m => m.UserId == userId && m.Organisation.Slug == slug)
            .Select(m => new OrganisationContext(m.OrganisationId, m.Organisation.Slug, m.Organisation.Name, m.Organisation.Type, m.Organisation.IsDemo, m.Role))
            .FirstOrDefaultAsync(http.RequestAborted);
        if (found is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var access = http.GetEndpoint()?.Metadata.GetMetadata<OrganisationAccessAttribute>() ?? new OrganisationAccessAttribute();
        var required = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? access.Read : access.Write;
        if (!found.Can(required))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        current.Set(found);
        await next(http);
    }
}
