using Circulair.Persistence;
using Circulair.Web.Features.Workshops;
using Circulair.Web.Platform.Live;
using Circulair.Workshops;
using Microsoft.EntityFrameworkCore;

namespace Circulair.Web.Features.Participate;

/// <summary>
/// Server-sent events for a participant's phone (<c>/w/{code}/events</c>): only "state" changes (the facilitator
/// moved on), never every vote. Only for a device that joined this workshop; the database is used for that check
/// alone, not while the stream is open. An endpoint rather than a page (decision 0515): a workshop holds hundreds to
/// thousands of these open at once, and a page keeps its whole context (page model, view data, model state, filter
/// pipeline) alive for as long as the stream lasts, which an endpoint does not.
/// </summary>
public static class ParticipantEvents
{
    public const string Route = "/w/{code}/events";

    public static void MapParticipantEvents(this IEndpointRouteBuilder app) =>
        app.MapGet(Route, StreamAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> StreamAsync(string code, HttpContext http, IServiceScopeFactory scopes, LiveHub hub, ParticipantLimits limits,
        IHostApplicationLifetime lifetime, CancellationToken ct)
    {
        var normalised = WorkshopCode.Normalise(code);
        if (normalised is null)
        {
            return Results.NotFound();
        }
        var token = ParticipantCookie.Read(http, normalised);
        int? workshopId = null;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CirculairDbContext>();
            var workshop = await db.Workshops.Where(w => w.Code == normalised).Select(w => new { w.Id }).FirstOrDefaultAsync(ct);
            if (workshop is null)
            {
                return limits.RecordMiss(http) ? Results.NotFound() : Results.StatusCode(StatusCodes.Status429TooManyRequests);
            }
            if (token is not null)
            {
                var hash = WorkshopParticipant.Hash(token);
                if (await db.WorkshopParticipants.AnyAsync(p => p.WorkshopId == workshop.Id && p.TokenHash == hash, ct))
                {
                    workshopId = workshop.Id;
                }
            }
        }
        if (workshopId is null)
        {
            return Results.NotFound();
        }
        await EventStream.WriteAsync(http, hub, workshopId.Value, stateOnly: true, lifetime.ApplicationStopping);
        return Results.Empty;
    }
}
