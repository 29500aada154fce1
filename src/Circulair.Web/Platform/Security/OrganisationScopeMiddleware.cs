using System.Globalization;
using System.Security.Claims;
using Circulair.Persistence;
using Circulair.Web.Platform.Caching;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Platform.Security;

/// <summary>
/// Guards every endpoint whose route has an {org} value. It runs after routing and authentication and before
/// antiforgery, model binding, the output cache and the page: a person who is not a member gets 404 (the
/// organisation is invisible, not merely hidden), a member without the role the page asks for gets 403. Queries in
/// the page still scope by organisation id, so the isolation holds twice. The same query reads the organisation's
/// data version, which keys the output cache (decision 0170). A member of an organisation that requires two-factor
/// sign-in who has not set it up is sent to the set-up page instead (decision 0243).
/// </summary>
public sealed class OrganisationScopeMiddleware(RequestDelegate next, DataVersionTracker versions, Sso.OidcProviders sso)
{
    public const string RouteKey = "org";

    // Compiled once: translating the LINQ query on every request cost more than running it (docs/performance.md).
    private static readonly Func<CirculairDbContext, int, string, CancellationToken, Task<MembershipRow?>> FindMembership =
        EF.CompileAsyncQuery((CirculairDbContext db, int userId, string slug, CancellationToken ct) =>
            db.Memberships
                .Where(m => m.UserId == userId && m.Organisation.Slug == slug)
                .Select(m => new MembershipRow(
                    new OrganisationContext(m.OrganisationId, m.Organisation.Slug, m.Organisation.Name, m.Organisation.Type, m.Organisation.IsDemo, m.Role, m.Organisation.DataVersion,
                        m.Organisation.OwnerNamesVersion),
                    m.Organisation.RequireTwoFactor && !m.User.TwoFactorEnabled,
                    m.Organisation.RequireSso))
                .FirstOrDefault());

    /// <param name="NeedsTwoFactor">The organisation requires two-factor sign-in and this member has not set it up.</param>
    /// <param name="RequiresSso">The organisation admits only single sign-on sessions (decision 0360).</param>
    private sealed record MembershipRow(OrganisationContext Context, bool NeedsTwoFactor, bool RequiresSso);

    public static string SsoRequiredPath(string slug, string returnUrl) =>
        $"/login/sso?organisation={Uri.EscapeDataString(slug)}&returnUrl={Uri.EscapeDataString(returnUrl)}";

    private static string Back(HttpContext http) =>
        http.Request.Method == HttpMethods.Get ? http.Request.Path + http.Request.QueryString : http.Request.Path.ToString();

    /// <summary>
    /// Whether this request must first sign in through single sign-on. Not when no provider is configured (the
    /// requirement could not be met, and the settings page no longer offers it), not for an API token (its own
    /// credential, decision 0330), and not for a platform administrator: their password account is the way back in
    /// when the provider is gone or misconfigured.
    /// </summary>
    private bool NeedsSso(HttpContext http) =>
        sso.Any
        && !Features.Api.ApiRequestMiddleware.IsApi(http)
        && !http.User.IsPlatformAdministrator()
        && UserSessions.SignedInWith(http) is null;

    public async Task InvokeAsync(HttpContext http)
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
        var userId = int.Parse(http.User.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
        var db = http.RequestServices.GetRequiredService<CirculairDbContext>();
        var epoch = versions.Epoch;
        var row = await FindMembership(db, userId, slug, http.RequestAborted);
        if (row is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (row.RequiresSso && NeedsSso(http))
        {
            // A password session may not open this organisation's pages: the single sign-on page says why and offers
            // the providers. As for two-factor sign-in, nothing of this organisation is read or written.
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Redirect(SsoRequiredPath(slug, Back(http)));
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            return;
        }
        if (row.NeedsTwoFactor)
        {
            // Set up the second step first (decision 0243); other organisations' pages stay open. A 303 turns a POST
            // into the GET of the set-up page, and nothing of this organisation is read or written.
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Redirect("/account/two-factor?returnUrl=" + Uri.EscapeDataString(Back(http)));
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            return;
        }
        var found = row.Context;
        // The front door of the page cache answers from versions learnt here (decision 0172).
        versions.Observe(found.Id, found.DataVersion, epoch);
        var access = http.GetEndpoint()?.Metadata.GetMetadata<OrganisationAccessAttribute>() ?? OrganisationAccessAttribute.Default;
        var required = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) ? access.Read : access.Write;
        if (!found.Can(required))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        http.RequestServices.GetRequiredService<CurrentOrganisation>().Set(found);
        await next(http);
    }
}
