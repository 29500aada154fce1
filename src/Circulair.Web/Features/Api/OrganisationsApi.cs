using Circulair.Organisations;
using Circulair.Persistence;
using Circulair.Tokens;
using Circulair.Web.Platform.Security;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Api;

/// <summary>The organisations a token may read: the one it was made for, while its owner is a member.</summary>
public static class OrganisationsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/organisations", ListAsync).WithTags("Organisations").Produces<ApiPage<OrganisationResource>>();
        api.MapGet("/organisations/{org}", Get).WithTags("Organisations").Produces<OrganisationResource>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext http, CirculairDbContext db, CancellationToken ct)
    {
        var organisationId = http.User.TokenOrganisationId();
        var userId = http.User.UserId();
        var scope = http.User.TokenScope() ?? TokenScope.Read;
        var rows = await db.Memberships.Where(m => m.UserId == userId && m.OrganisationId == organisationId)
            .Select(m => new { m.Organisation.Id, m.Organisation.Slug, m.Organisation.Name, m.Organisation.Type, m.Role })
            .ToListAsync(ct);
        var items = rows.Select(r => new OrganisationResource(r.Id, r.Slug, r.Name, r.Type, r.Role, scope)).ToList();
        return Results.Json(new ApiPage<OrganisationResource>(items, 1, ApiPaging.DefaultPageSize, items.Count), ApiJson.Options);
    }

    private static IResult Get(HttpContext http, CurrentOrganisation current)
    {
        var org = current.Value;
        return ApiJson.Single(http, new OrganisationResource(org.Id, org.Slug, org.Name, org.Type, org.Role, http.User.TokenScope() ?? TokenScope.Read));
    }
}

/// <summary>An organisation, with the token owner's current role and the token's scope.</summary>
public sealed record OrganisationResource(int Id, string Slug, string Name, OrganisationType Type, OrganisationRole Role, TokenScope Scope);
