using System.Threading.RateLimiting;

namespace Circulair.Web.Features.Api;

/// <summary>
/// The API's rate limit per token (<c>RateLimits:ApiPerMinute</c>, 600 by default): one fixed window per token id.
/// A single instance for the endpoints (<see cref="ApiRateLimitFilter"/>) and for the answers given from memory
/// (<see cref="ApiResponseCache"/>), so a request counts once whichever way it is answered (decision 0331).
/// </summary>
public sealed class ApiRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public ApiRateLimiter(IConfiguration configuration)
    {
        var perMinute = configuration.GetValue("RateLimits:ApiPerMinute", 600);
        _limiter = PartitionedRateLimiter.Create<string, string>(tokenId => RateLimitPartition.GetFixedWindowLimiter(
            tokenId,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Takes one permit for the token; false when its window is used up.</summary>
    public bool TryAcquire(string tokenId)
    {
        using var lease = _limiter.AttemptAcquire(tokenId);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Answers 429 with problem details when the request's token has used up its window.</summary>
public sealed class ApiRateLimitFilter(ApiRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.TokenId() is { } tokenId && !limiter.TryAcquire(tokenId))
        {
            return TooMany(http);
        }
        return await next(context);
    }

    public static IResult TooMany(HttpContext http) =>
        ApiProblems.Result(http, StatusCodes.Status429TooManyRequests, "Api.Problem.TooManyRequests");
}
