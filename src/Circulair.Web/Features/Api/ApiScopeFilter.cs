using Circulair.Tokens;
using Circulair.Web.Platform.Security;

namespace Circulair.Web.Features.Api;

/// <summary>
/// What the token adds to the organisation check the pages share (<see cref="OrganisationScopeMiddleware"/>, which
/// already answered 404 to a non-member and 403 to a role that may not write): the token must be for this
/// organisation, and only a write token may change anything. A domain rule that refuses a change becomes a 409.
/// </summary>
public sealed class ApiScopeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var current = http.RequestServices.GetRequiredService<CurrentOrganisation>();
        if (current.IsSet)
        {
            if (http.User.TokenOrganisationId() != current.Value.Id)
            {
                return ApiProblems.Result(http, StatusCodes.Status403Forbidden, "Api.Token.OtherOrganisation");
            }
            var reading = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
            if (!reading && !PersonalAccessToken.AllowsWrite(http.User.TokenScope() ?? TokenScope.Read, current.Value.Role))
            {
                return ApiProblems.Result(http, StatusCodes.Status403Forbidden, "Api.Token.ReadOnly");
            }
        }
        try
        {
            return await next(context);
        }
        catch (DomainException e)
        {
            return ApiProblems.Result(http, StatusCodes.Status409Conflict, e.MessageKey, [.. e.Arguments]);
        }
    }
}

/// <summary>One page of a collection, with the total so a client knows how many pages there are.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class ApiPaging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The page asked for, or the 400 that explains the limits.</summary>
    public static (int Page, int Size, IResult? Problem) Read(HttpContext http, int? page, int? pageSize)
    {
        var p = page ?? 1;
        var s = pageSize ?? DefaultPageSize;
        return p < 1 || s < 1 || s > MaxPageSize
            ? (0, 0, ApiProblems.Result(http, StatusCodes.Status400BadRequest, "Api.Problem.Paging", MaxPageSize))
            : (p, s, null);
    }

    public static async Task<ApiPage<T>> ToPageAsync<T>(this IQueryable<T> ordered, int page, int size, CancellationToken ct)
    {
        var total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(ordered, ct);
        var items = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(ordered.Skip((page - 1) * size).Take(size), ct);
        return new ApiPage<T>(items, page, size, total);
    }
}
