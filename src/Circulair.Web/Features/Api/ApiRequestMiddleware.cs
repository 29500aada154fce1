using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace Circulair.Web.Features.Api;

/// <summary>
/// The door of <c>/api</c>: the request is the token's, never the browser's. Whatever a cookie signed in is replaced
/// by the token's principal (or nobody), the language comes from Accept-Language, and a request without a working
/// token is answered 401 here, before the organisation check (which would otherwise send the person to the log-in
/// page). Runs after authentication and localisation, before <see cref="Platform.Security.OrganisationScopeMiddleware"/>.
/// </summary>
public sealed class ApiRequestMiddleware(RequestDelegate next)
{
    public static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments(ApiSetup.Prefix);

    public async Task InvokeAsync(HttpContext http)
    {
        if (!IsApi(http))
        {
            await next(http);
            return;
        }
        ApiProblems.UseCultureOf(http);
        var result = await http.AuthenticateAsync(ApiTokenHandler.SchemeName);
        http.User = result.Succeeded ? result.Principal : new ClaimsPrincipal(new ClaimsIdentity());
        if (!result.Succeeded && http.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            await http.ChallengeAsync(ApiTokenHandler.SchemeName);
            return;
        }
        await next(http);
    }
}
