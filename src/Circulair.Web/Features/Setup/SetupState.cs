using Circulair.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Setup;

/// <summary>
/// Whether first-time setup has been done (an account exists). Once true it stays true for the life of the
/// process, so the check costs one query per process, not one per request.
/// </summary>
public sealed class SetupState
{
    private volatile bool _done;

    /// <summary>True once setup is done; asks the database (through the request's context) only until then.</summary>
    public bool IsKnownDone => _done;

    public async Task<bool> IsDoneAsync(CirculairDbContext db, CancellationToken ct)
    {
        if (_done)
        {
            return true;
        }
        _done = await db.Users.AnyAsync(ct);
        return _done;
    }

    public void MarkDone() => _done = true;
}

/// <summary>While no account exists, every page leads to /setup (static files, health and errors excepted).</summary>
public sealed class SetupRedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, SetupState state)
    {
        if (state.IsKnownDone)
        {
            // The usual case: no database context is even asked for.
            await next(http);
            return;
        }
        var path = http.Request.Path;
        var exempt = path.StartsWithSegments("/setup") || path.StartsWithSegments("/health") || path.StartsWithSegments("/error")
            || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/img")
            || path.Value == "/favicon.ico";
        if (!exempt && !await state.IsDoneAsync(http.RequestServices.GetRequiredService<CirculairDbContext>(), http.RequestAborted))
        {
            http.Response.Redirect("/setup");
            return;
        }
        await next(http);
    }
}
